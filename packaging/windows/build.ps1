# Build Midad for Windows: PyInstaller bundle dist\midad, then the Inno Setup installer.
# Run from a clone in PowerShell, with Python 3.11+ and Inno Setup 6 installed:
#   $env:MIDAD_HUNSPELL_DIR = "C:\path\to\folder\with\ar.aff+ar.dic"
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# The Arabic dictionary is Debian's hunspell-ar (the CI workflow takes it from its Linux job).
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

if (-not $env:MIDAD_HUNSPELL_DIR) { throw "set MIDAD_HUNSPELL_DIR to a folder holding ar.aff and ar.dic" }
if (-not (Test-Path .venv)) { python -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q -c requirements\constraints.txt -e ".[dev]"
if ($LASTEXITCODE) { throw "pip install failed" }

# Translations: translations\*.ts -> resources\i18n\*.qm (build products, not committed).
New-Item -ItemType Directory -Force resources\i18n | Out-Null
Get-ChildItem translations\*.ts | ForEach-Object {
    & .venv\Scripts\pyside6-lrelease.exe -silent $_.FullName -qm "resources\i18n\$($_.BaseName).qm"
    if ($LASTEXITCODE) { throw "lrelease failed on $($_.Name)" }
}

$env:PYTHONPATH = "$PWD\src"
& .venv\Scripts\pyinstaller.exe --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\pyinstaller\midad.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# A first check of the bundle: the console executable answers.
& dist\midad\midad-cli.exe --version
if ($LASTEXITCODE) { throw "midad-cli.exe --version failed" }

$version = & $py -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
$iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc /Qp "/DAppVersion=$version" packaging\windows\midad.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Get-ChildItem dist\midad-*-setup.exe
