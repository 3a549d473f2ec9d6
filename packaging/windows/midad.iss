; Inno Setup 6 script: installs the PyInstaller bundle dist\midad (built by build.ps1).
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\midad.iss   ->  dist\midad-0.1.0-windows-x64-setup.exe
; Start-menu entry, optional desktop icon, "Open with Midad" for .md/.markdown, an uninstaller
; (Settings > Apps). Per-user install by default (no administrator rights needed); the dialog
; offers all users.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Midad"
#define AppExe "Midad.exe"
#define ProgId "Midad.Markdown"

[Setup]
; The AppId identifies Midad to Windows' uninstaller across versions: never change it.
AppId={{01AA1371-5B59-4090-A4CF-DC76E3A4D19B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Midad developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=midad-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\midad.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "markdown"; Description: "Open Markdown files (.md) with Midad"; GroupDescription: "File types:"

[Files]
Source: "dist\midad\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Write, proofread and export Arabic articles"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; A ProgID for Midad's Markdown documents, offered under "Open with" for .md and .markdown.
; Windows asks the user before it changes the default program, so none is forced here.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Markdown article"; Flags: uninsdeletekey; Tasks: markdown
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: markdown
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: markdown
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: markdown
Root: HKA; Subkey: "Software\Classes\.markdown\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: markdown
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""; Flags: uninsdeletekey; Tasks: markdown

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
