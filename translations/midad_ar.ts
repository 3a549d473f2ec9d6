<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Midad</source>
        <translation>عن مداد</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Qt %1, PySide %2, Python %3</source>
        <translation>كيوت (Qt) %1، وبايسايد (PySide) %2، وبايثون (Python) %3</translation>
    </message>
    <message>
        <source>Midad is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>مداد برنامج حر، مرخَّص برخصة جنو العمومية العامة، الإصدار الثالث أو ما بعده (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>The Amiri and Noto Sans Arabic fonts: SIL Open Font License 1.1 (OFL-1.1).</source>
        <translation>خطّا أميري (Amiri) ونوتو سانس العربي (Noto Sans Arabic): رخصة الخطوط المفتوحة من SIL، الإصدار 1.1 (OFL-1.1).</translation>
    </message>
    <message>
        <source>The Arabic spelling dictionary (Ayaspell, hunspell-ar), © 2006–2008 Mohamed Kebdani: GPL-2.0-or-later, LGPL-2.1-or-later or MPL-1.1, at your choice.</source>
        <translation>المعجم الإملائي العربي (آياسبل Ayaspell، ‏hunspell-ar)، © 2006–2008 محمد كبداني: برخصة GPL-2.0-or-later أو LGPL-2.1-or-later أو MPL-1.1، بحسب اختيارك.</translation>
    </message>
    <message>
        <source>Qt and Qt for Python (PySide6): LGPL-3.0.</source>
        <translation>كيوت (Qt) وكيوت لبايثون (PySide6): رخصة LGPL-3.0.</translation>
    </message>
    <message>
        <source>Midad</source>
        <translation>مداد</translation>
    </message>
    <message>
        <source>An editor for articles written in Arabic.</source>
        <translation>محرر للمقالات المكتوبة بالعربية.</translation>
    </message>
    <message>
        <source>Shipped with Midad</source>
        <translation>ما يأتي مع مداد</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date (e.g. 2026-12-02)</source>
        <translation>بلا تاريخ (مثل 2026-12-02)</translation>
    </message>
    <message>
        <source>Type a date such as 2026-12-02, or pick one</source>
        <translation>اكتب تاريخًا مثل 2026-12-02 أو اختره من التقويم</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>اختر التاريخ من التقويم</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Set the date to today</source>
        <translation>اجعل التاريخ تاريخ اليوم</translation>
    </message>
    <message>
        <source>Not a date Midad can read; it is kept as written. Type it as 2026-12-02.</source>
        <translation>لا يفهم مداد هذا التاريخ، فسيُحفظ كما كُتب. اكتبه هكذا: 2026-12-02.</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The article has unsaved changes. Save them first?</source>
        <translation>في المقال تغييرات غير محفوظة. أتريد حفظها أولًا؟</translation>
    </message>
</context>
<context>
    <name>DictionaryDialog</name>
    <message>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation>قوائم كلمات (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation>القواميس</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Add the words of a text file (one word a line)</source>
        <translation>إضافة كلمات ملف نصي (كلمة في كل سطر)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save the words to a text file, one word a line</source>
        <translation>حفظ الكلمات في ملف نصي، كلمة في كل سطر</translation>
    </message>
    <message>
        <source>My personal dictionary</source>
        <translation>قاموسي الشخصي</translation>
    </message>
    <message>
        <source>Team dictionary</source>
        <translation>قاموس الفريق</translation>
    </message>
    <message>
        <source>No team dictionary is set. Choose one in Settings ▸ Dictionaries.</source>
        <translation>لم يُحدَّد قاموس للفريق. اختره من الإعدادات ◂ القواميس.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n word(s), shared by the team (read-only)</source>
        <translation>
            <numerusform>%1
لا كلمات — قائمة يتشاركها الفريق (للقراءة فقط)</numerusform>
            <numerusform>%1
كلمة واحدة — قائمة يتشاركها الفريق (للقراءة فقط)</numerusform>
            <numerusform>%1
كلمتان — قائمة يتشاركها الفريق (للقراءة فقط)</numerusform>
            <numerusform>%1
%n كلمات — قائمة يتشاركها الفريق (للقراءة فقط)</numerusform>
            <numerusform>%1
%n كلمة — قائمة يتشاركها الفريق (للقراءة فقط)</numerusform>
            <numerusform>%1
%n كلمة — قائمة يتشاركها الفريق (للقراءة فقط)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the dictionary</source>
        <translation>تعذّر تعديل القاموس</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>لم تُزَل أي كلمة</numerusform>
            <numerusform>أُزيلت كلمة واحدة</numerusform>
            <numerusform>أُزيلت كلمتان</numerusform>
            <numerusform>أُزيلت %n كلمات</numerusform>
            <numerusform>أُزيلت %n كلمة</numerusform>
            <numerusform>أُزيلت %n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n new word(s) imported</source>
        <translation>
            <numerusform>لم تُستورد أي كلمة جديدة</numerusform>
            <numerusform>استُوردت كلمة جديدة واحدة</numerusform>
            <numerusform>استُوردت كلمتان جديدتان</numerusform>
            <numerusform>استُوردت %n كلمات جديدة</numerusform>
            <numerusform>استُوردت %n كلمة جديدة</numerusform>
            <numerusform>استُوردت %n كلمة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) exported</source>
        <translation>
            <numerusform>لم تُصدَّر أي كلمة</numerusform>
            <numerusform>صُدِّرت كلمة واحدة</numerusform>
            <numerusform>صُدِّرت كلمتان</numerusform>
            <numerusform>صُدِّرت %n كلمات</numerusform>
            <numerusform>صُدِّرت %n كلمة</numerusform>
            <numerusform>صُدِّرت %n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Words</source>
        <translation>استيراد كلمات</translation>
    </message>
    <message>
        <source>my-dictionary.txt</source>
        <translation>قاموسي.txt</translation>
    </message>
    <message>
        <source>Export Words</source>
        <translation>تصدير الكلمات</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Markdown articles (*.md *.markdown);;Text files (*.txt);;All files (*)</source>
        <translation>مقالات Markdown (*.md *.markdown);;ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Could not write the recovery journal: %1</source>
        <translation>تعذّرت كتابة سجل الاستعادة: %1</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>فتح مقال</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>Opened with warnings</source>
        <translation>فُتح الملف مع تنبيهات</translation>
    </message>
    <message>
        <source>article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Save Article</source>
        <translation>حفظ المقال</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ المقال</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>تغيّر الملف على القرص</translation>
    </message>
    <message>
        <source>Another program changed this file since you opened it. Overwrite its changes with yours?</source>
        <translation>غيّر برنامج آخر هذا الملف بعد أن فتحته. أتريد أن تكتب تغييراتك فوق تغييراته؟</translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Reload it?</source>
        <translation>غيّر برنامج آخر الملف «⁨%1⁩». أتريد إعادة تحميله؟</translation>
    </message>
    <message>
        <source>Your unsaved changes in Midad would be lost.</source>
        <translation>ستضيع تغييراتك غير المحفوظة في مداد.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>ابحث عن</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدل بـ</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>Ignore tashkeel and hamza forms</source>
        <translation>تجاهل التشكيل وصور الهمزة</translation>
    </message>
    <message>
        <source>Ignore tashkeel and tatweel; treat ا أ إ آ, ى ي and ة ه as the same letter</source>
        <translation>تجاهل التشكيل والتطويل، وعُدَّ «ا أ إ آ» و«ى ي» و«ة ه» حرفًا واحدًا</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>لم يُستبدل شيء</numerusform>
            <numerusform>استُبدلت نتيجة واحدة</numerusform>
            <numerusform>استُبدلت نتيجتان</numerusform>
            <numerusform>استُبدلت %n نتائج</numerusform>
            <numerusform>استُبدلت %n نتيجة</numerusform>
            <numerusform>استُبدلت %n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Distraction-Free Writing</source>
        <translation>الكتابة دون مشتّتات</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>ملء الشاشة</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Midad Help</source>
        <translation>دليل مداد</translation>
    </message>
</context>
<context>
    <name>ImageInserter</name>
    <message>
        <source>Insert Image</source>
        <translation>إدراج صورة</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>الصور (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Save the article first</source>
        <translation>احفظ المقال أولًا</translation>
    </message>
    <message>
        <source>Pictures are kept in an “images” folder beside the article, so it needs a file first. Save it now?</source>
        <translation>تُحفظ الصور في مجلد «images» بجوار المقال، لذا يحتاج المقال إلى ملف أولًا. أتحفظه الآن؟</translation>
    </message>
    <message>
        <source>Cannot insert the picture</source>
        <translation>تعذّر إدراج الصورة</translation>
    </message>
    <message>
        <source>Picture copied to %1</source>
        <translation>نُسخت الصورة إلى ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>ImportExportCommands</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Importable files (*.txt *.text *.html *.htm *.docx *.md);;All files (*)</source>
        <translation>ملفات قابلة للاستيراد (*.txt *.text *.html *.htm *.docx *.md);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>الحافظة</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>صفحات ويب (*.html)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات وورد (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>تصدير المقال</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>صُدِّر المقال إلى ⁨%1⁩</translation>
    </message>
    <message>
        <source>Exported to “%1”. Open it now?</source>
        <translation>صُدِّر المقال إلى «⁨%1⁩». أتريد فتحه الآن؟</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>تعذّرت الطباعة</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>استُورد «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>ما عُثر عليه</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n line(s))</source>
        <translation>
            <numerusform>المحذوف (لا أسطر)</numerusform>
            <numerusform>المحذوف (سطر واحد)</numerusform>
            <numerusform>المحذوف (سطران)</numerusform>
            <numerusform>المحذوف (%n أسطر)</numerusform>
            <numerusform>المحذوف (%n سطرًا)</numerusform>
            <numerusform>المحذوف (%n سطر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>share/print/email widget</source>
        <translation>أداة مشاركة أو طباعة أو إرسال بالبريد</translation>
    </message>
    <message>
        <source>follow/subscribe widget</source>
        <translation>أداة متابعة أو اشتراك</translation>
    </message>
    <message>
        <source>comment form or comment widget</source>
        <translation>نموذج تعليقات أو أداة تعليقات</translation>
    </message>
    <message>
        <source>comment form notice</source>
        <translation>تنبيه نموذج التعليقات</translation>
    </message>
    <message>
        <source>navigation link</source>
        <translation>رابط تنقّل</translation>
    </message>
    <message>
        <source>navigation menu</source>
        <translation>قائمة تنقّل</translation>
    </message>
    <message>
        <source>breadcrumb navigation</source>
        <translation>مسار التنقّل في الموقع</translation>
    </message>
    <message>
        <source>“read also”/related links</source>
        <translation>روابط «اقرأ أيضًا» ومواد ذات صلة</translation>
    </message>
    <message>
        <source>copyright/site footer</source>
        <translation>حقوق النشر أو تذييل الموقع</translation>
    </message>
    <message>
        <source>advertisement marker</source>
        <translation>علامة إعلان</translation>
    </message>
    <message>
        <source>tag line</source>
        <translation>سطر الوسوم</translation>
    </message>
    <message>
        <source>category line</source>
        <translation>سطر القسم</translation>
    </message>
    <message>
        <source>picture credit (the picture itself is not in the paste)</source>
        <translation>حقوق الصورة (الصورة نفسها ليست في النص الملصق)</translation>
    </message>
    <message>
        <source>app or download promotion</source>
        <translation>ترويج لتطبيق أو تنزيل</translation>
    </message>
    <message>
        <source>relative time or reading time</source>
        <translation>وقت نسبي أو مدة قراءة</translation>
    </message>
    <message>
        <source>stray number (a share or comment counter?)</source>
        <translation>رقم منفرد (عدّاد مشاركات أو تعليقات؟)</translation>
    </message>
    <message>
        <source>no words (decoration or stray symbols)</source>
        <translation>سطر بلا كلمات (زخرفة أو رموز شاردة)</translation>
    </message>
    <message>
        <source>repeats the title, byline, date or section already found</source>
        <translation>يكرر العنوان أو الكاتب أو التاريخ أو القسم المعروف من قبل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Article details</source>
        <translation>بيانات المقال</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>Proofreading</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Midad</source>
        <translation>مداد</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Separate tags with commas (، or ,)</source>
        <translation>افصل بين الوسوم بفواصل (، أو ,)</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Suggest a slug from the title</source>
        <translation>اقتراح معرّف للرابط من العنوان</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز للنشر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>معرّف الرابط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفًا</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>longer than search results show</source>
        <translation>أطول مما تعرضه نتائج البحث</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <source>The article&apos;s headings: click one to go there</source>
        <translation>عناوين المقال: انقر عنوانًا للانتقال إليه</translation>
    </message>
    <message>
        <source>(untitled heading)</source>
        <translation>(عنوان فارغ)</translation>
    </message>
</context>
<context>
    <name>ProofingCommands</name>
    <message>
        <source>Next Finding</source>
        <translation>الملاحظة التالية</translation>
    </message>
    <message>
        <source>Previous Finding</source>
        <translation>الملاحظة السابقة</translation>
    </message>
    <message>
        <source>Fix All Safe</source>
        <translation>تصحيح كل ما هو آمن</translation>
    </message>
    <message>
        <source>&amp;Dictionaries…</source>
        <translation>القواميس…</translation>
    </message>
    <message>
        <source>The team dictionary can be read again.</source>
        <translation>صار قاموس الفريق مقروءًا من جديد.</translation>
    </message>
    <message>
        <source>Team dictionary: %1</source>
        <translation>قاموس الفريق: %1</translation>
    </message>
    <message>
        <source>Cannot open the dictionary</source>
        <translation>تعذّر فتح القاموس</translation>
    </message>
    <message>
        <source>(delete)</source>
        <translation>(حذف)</translation>
    </message>
    <message>
        <source>Ignore Once</source>
        <translation>تجاهل هذه المرة</translation>
    </message>
    <message>
        <source>Ignore in This Article</source>
        <translation>تجاهل في هذا المقال</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>إضافة إلى القاموس</translation>
    </message>
    <message numerus="yes">
        <source>%n safe fix(es) applied</source>
        <translation>
            <numerusform>لم يُطبَّق أي تصحيح آمن</numerusform>
            <numerusform>طُبِّق تصحيح آمن واحد</numerusform>
            <numerusform>طُبِّق تصحيحان آمنان</numerusform>
            <numerusform>طُبِّقت %n تصحيحات آمنة</numerusform>
            <numerusform>طُبِّق %n تصحيحًا آمنًا</numerusform>
            <numerusform>طُبِّق %n تصحيح آمن</numerusform>
        </translation>
    </message>
    <message>
        <source>Safe fixes undone</source>
        <translation>أُلغيت التصحيحات الآمنة</translation>
    </message>
    <message numerus="yes">
        <source>%n safe fix(es) applied again</source>
        <translation>
            <numerusform>لم يُعَد تطبيق أي تصحيح</numerusform>
            <numerusform>أُعيد تطبيق تصحيح آمن واحد</numerusform>
            <numerusform>أُعيد تطبيق تصحيحين آمنين</numerusform>
            <numerusform>أُعيد تطبيق %n تصحيحات آمنة</numerusform>
            <numerusform>أُعيد تطبيق %n تصحيحًا آمنًا</numerusform>
            <numerusform>أُعيد تطبيق %n تصحيح آمن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProofingPanel</name>
    <message>
        <source>Spelling</source>
        <translation>الإملاء</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>الترقيم والطباعة</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>الأسلوب</translation>
    </message>
    <message>
        <source>Names to verify</source>
        <translation>أسماء للتحقق</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Ignore until the article is checked again</source>
        <translation>تجاهل حتى يُدقَّق المقال من جديد</translation>
    </message>
    <message>
        <source>Ignore All</source>
        <translation>تجاهل الكل</translation>
    </message>
    <message>
        <source>Ignore this word everywhere in the article (kept with the article)</source>
        <translation>تجاهل هذه الكلمة في المقال كله (يُحفظ ذلك مع المقال)</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>إضافة إلى القاموس</translation>
    </message>
    <message>
        <source>Add this word to your personal dictionary</source>
        <translation>أضف هذه الكلمة إلى معجمك الشخصي</translation>
    </message>
    <message>
        <source>Fix All Safe</source>
        <translation>تصحيح كل ما هو آمن</translation>
    </message>
    <message>
        <source>Apply every fix that needs no judgement, as one step you can undo</source>
        <translation>تطبيق كل تصحيح لا يحتاج إلى تقدير، في خطوة واحدة يمكن التراجع عنها</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ولا ملاحظات أخرى</numerusform>
            <numerusform>… وملاحظة أخرى</numerusform>
            <numerusform>… وملاحظتان أخريان</numerusform>
            <numerusform>… و%n ملاحظات أخرى</numerusform>
            <numerusform>… و%n ملاحظة أخرى</numerusform>
            <numerusform>… و%n ملاحظة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safe to fix automatically</source>
        <translation>
            <numerusform>لا شيء منها يُصحَّح تلقائيًا</numerusform>
            <numerusform>واحدة منها تُصحَّح تلقائيًا بأمان</numerusform>
            <numerusform>اثنتان منها تُصحَّحان تلقائيًا بأمان</numerusform>
            <numerusform>%n منها تُصحَّح تلقائيًا بأمان</numerusform>
            <numerusform>%n منها تُصحَّح تلقائيًا بأمان</numerusform>
            <numerusform>%n منها تُصحَّح تلقائيًا بأمان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) to verify</source>
        <translation>
            <numerusform>لا أسماء للتحقق</numerusform>
            <numerusform>اسم واحد للتحقق</numerusform>
            <numerusform>اسمان للتحقق</numerusform>
            <numerusform>%n أسماء للتحقق</numerusform>
            <numerusform>%n اسمًا للتحقق</numerusform>
            <numerusform>%n اسم للتحقق</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted piece of the text</comment>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>لا مسافة</numerusform>
            <numerusform>مسافة</numerusform>
            <numerusform>مسافتان</numerusform>
            <numerusform>%n مسافات</numerusform>
            <numerusform>%n مسافةً</numerusform>
            <numerusform>%n مسافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-break space(s)</source>
        <translation>
            <numerusform>لا مسافة غير منقسمة</numerusform>
            <numerusform>مسافة غير منقسمة</numerusform>
            <numerusform>مسافتان غير منقسمتين</numerusform>
            <numerusform>%n مسافات غير منقسمة</numerusform>
            <numerusform>%n مسافةً غير منقسمة</numerusform>
            <numerusform>%n مسافة غير منقسمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invisible mark(s)</source>
        <translation>
            <numerusform>لا علامة خفية</numerusform>
            <numerusform>علامة خفية</numerusform>
            <numerusform>علامتان خفيتان</numerusform>
            <numerusform>%n علامات خفية</numerusform>
            <numerusform>%n علامةً خفية</numerusform>
            <numerusform>%n علامة خفية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank character(s)</source>
        <translation>
            <numerusform>لا فراغ</numerusform>
            <numerusform>فراغ</numerusform>
            <numerusform>فراغان</numerusform>
            <numerusform>%n فراغات</numerusform>
            <numerusform>%n فراغًا</numerusform>
            <numerusform>%n فراغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n space(s)</source>
        <translation>
            <numerusform>لا حذف</numerusform>
            <numerusform>حذف المسافة</numerusform>
            <numerusform>حذف المسافتين</numerusform>
            <numerusform>حذف %n مسافات</numerusform>
            <numerusform>حذف %n مسافةً</numerusform>
            <numerusform>حذف %n مسافة</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>حذف: %1</translation>
    </message>
    <message>
        <source>Remove the space before %1</source>
        <translation>حذف المسافة قبل %1</translation>
    </message>
    <message>
        <source>Remove the space after %1</source>
        <translation>حذف المسافة بعد %1</translation>
    </message>
    <message>
        <source>Add a space before %1</source>
        <translation>إضافة مسافة قبل %1</translation>
    </message>
    <message>
        <source>Add a space after %1</source>
        <translation>إضافة مسافة بعد %1</translation>
    </message>
    <message>
        <source>Move the space after %1</source>
        <translation>نقل المسافة إلى ما بعد %1</translation>
    </message>
    <message>
        <source>Move the space before %1</source>
        <translation>نقل المسافة إلى ما قبل %1</translation>
    </message>
    <message>
        <source>Correct the spacing in %1</source>
        <translation>تصحيح المسافات في %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between line numbers</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>الأسطر %1</translation>
    </message>
    <message>
        <source>×%1</source>
        <comment>how many times a word occurs</comment>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Other suggestions: %1</source>
        <translation>اقتراحات أخرى: %1</translation>
    </message>
    <message>
        <source>→</source>
        <comment>from the text to its fix; mirrored in right-to-left languages</comment>
        <translation>←</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>البحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفات من النوع:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>لا تحفظ</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>لا تحفظ</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>أغلق دون حفظ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم للكلّ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا للكلّ</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أغلق</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>Midad closed without saving these articles. Check the ones to recover; recovered articles open unsaved so you can review them before saving.</source>
        <translation>أُغلق مداد دون حفظ هذه المقالات. حدّد ما تريد استعادته منها؛ تُفتح المقالات المستعادة غير محفوظة لتراجعها قبل حفظها.</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>لم يُحفظ قط</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Ask Me Later</source>
        <translation>ذكّرني لاحقًا</translation>
    </message>
    <message>
        <source>Discard All</source>
        <translation>تجاهل الكل</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>تجاهل العمل غير المحفوظ</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved work of %n article(s)? It cannot be recovered afterwards.</source>
        <translation>
            <numerusform>أتريد تجاهل العمل غير المحفوظ؟ لن يمكن استرجاعه بعد ذلك.</numerusform>
            <numerusform>أتريد تجاهل العمل غير المحفوظ لمقال واحد؟ لن يمكن استرجاعه بعد ذلك.</numerusform>
            <numerusform>أتريد تجاهل العمل غير المحفوظ لمقالين؟ لن يمكن استرجاعه بعد ذلك.</numerusform>
            <numerusform>أتريد تجاهل العمل غير المحفوظ لـ%n مقالات؟ لن يمكن استرجاعه بعد ذلك.</numerusform>
            <numerusform>أتريد تجاهل العمل غير المحفوظ لـ%n مقالًا؟ لن يمكن استرجاعه بعد ذلك.</numerusform>
            <numerusform>أتريد تجاهل العمل غير المحفوظ لـ%n مقال؟ لن يمكن استرجاعه بعد ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>قبل أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>الآن</numerusform>
            <numerusform>قبل دقيقة</numerusform>
            <numerusform>قبل دقيقتين</numerusform>
            <numerusform>قبل %n دقائق</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>قبل أقل من ساعة</numerusform>
            <numerusform>قبل ساعة</numerusform>
            <numerusform>قبل ساعتين</numerusform>
            <numerusform>قبل %n ساعات</numerusform>
            <numerusform>قبل %n ساعة</numerusform>
            <numerusform>قبل %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>قبل يوم</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %n أيام</numerusform>
            <numerusform>قبل %n يومًا</numerusform>
            <numerusform>قبل %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Takes effect when Midad starts again</source>
        <translation>يسري التغيير عند تشغيل مداد من جديد</translation>
    </message>
    <message>
        <source>Web engine when installed, otherwise light</source>
        <translation>محرك الويب إن كان مثبتًا، وإلا فالخفيف</translation>
    </message>
    <message>
        <source>The interface language changes the next time Midad starts.</source>
        <translation>تتغيّر لغة الواجهة عند تشغيل مداد في المرة القادمة.</translation>
    </message>
    <message>
        <source>Light (built in)</source>
        <translation>خفيف (مدمج)</translation>
    </message>
    <message>
        <source>Web engine (Chromium), as a browser shows it</source>
        <translation>محرك الويب (كروميوم)، كما يعرضها المتصفح</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <source>Check spelling while typing</source>
        <translation>تدقيق الإملاء أثناء الكتابة</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>صارم</translation>
    </message>
    <message>
        <source>Relaxed: ا for أ/إ/آ is not an error</source>
        <translation>متساهل: كتابة ا مكان أ/إ/آ ليست خطأ</translation>
    </message>
    <message>
        <source>Relaxed: ي and ى at a word&apos;s end are equal</source>
        <translation>متساهل: الياء (ي) والألف المقصورة (ى) في آخر الكلمة سواء</translation>
    </message>
    <message>
        <source>The article&apos;s own style</source>
        <translation>نمط المقال نفسه</translation>
    </message>
    <message>
        <source>Straight quotes</source>
        <translation>علامات تنصيص مستقيمة</translation>
    </message>
    <message>
        <source>One style per article</source>
        <translation>نمط واحد في المقال كله</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢)</source>
        <translation>مشرقية (٠١٢)</translation>
    </message>
    <message>
        <source>Western (012)</source>
        <translation>غربية (012)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أي نمط</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>خط المحرر</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Recovery copy of unsaved typing every</source>
        <translation>نسخة استعادة لما لم يُحفظ كل</translation>
    </message>
    <message>
        <source>Preview engine</source>
        <translation>محرك المعاينة</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Initial alef-hamza</source>
        <translation>همزة أول الكلمة</translation>
    </message>
    <message>
        <source>Final yaa / alef maqsura</source>
        <translation>الياء والألف المقصورة في آخر الكلمة</translation>
    </message>
    <message>
        <source>Quotation marks</source>
        <translation>علامات التنصيص</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Proofreading</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation>القواميس</translation>
    </message>
    <message>
        <source>Midad will show its interface in the new language the next time it starts.</source>
        <translation>سيعرض مداد واجهته باللغة الجديدة عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>أعد التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start writing here, or:</source>
        <translation>ابدأ الكتابة هنا، أو:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفًا</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>أقل من دقيقة قراءة</numerusform>
            <numerusform>دقيقة قراءة</numerusform>
            <numerusform>دقيقتا قراءة</numerusform>
            <numerusform>%n دقائق قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <source>A background task failed; the details are in the log file.</source>
        <translation>تعذّر إكمال مهمة في الخلفية؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>Spelling: on</source>
        <translation>الإملاء: مفعّل</translation>
    </message>
    <message>
        <source>Spelling: off</source>
        <translation>الإملاء: معطّل</translation>
    </message>
</context>
<context>
    <name>TeamDictionarySettings</name>
    <message>
        <source>Team dictionary</source>
        <translation>قاموس الفريق</translation>
    </message>
    <message>
        <source>A word list your newsroom keeps in one shared place: a text file with one word a line, or a folder of such files. Its words are never marked as misspelled, and Midad reads it again when it changes.</source>
        <translation>قائمة كلمات يحفظها فريق التحرير في مكان مشترك واحد: ملف نصي فيه كلمة في كل سطر، أو مجلد يضم ملفات كهذه. لا تُعَدّ كلماتها أخطاء إملائية أبدًا، ويعيد مداد قراءتها كلما تغيّرت.</translation>
    </message>
    <message>
        <source>No team dictionary</source>
        <translation>لا قاموس للفريق</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>الملف أو المجلد</translation>
    </message>
    <message>
        <source>Manage Dictionaries…</source>
        <translation>إدارة القواميس…</translation>
    </message>
    <message>
        <source>Your personal dictionary: search, remove, import and export words</source>
        <translation>قاموسك الشخصي: ابحث عن كلماته، أزِلها، استوردها أو صدّرها</translation>
    </message>
    <message>
        <source>Team Dictionary File</source>
        <translation>ملف قاموس الفريق</translation>
    </message>
    <message>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation>قوائم كلمات (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Team Dictionary Folder</source>
        <translation>مجلد قاموس الفريق</translation>
    </message>
    <message>
        <source>This file or folder does not exist.</source>
        <translation>هذا الملف أو المجلد غير موجود.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>خطأ غير متوقَّع</translation>
    </message>
    <message>
        <source>Midad ran into an unexpected problem. You can go on working, but save your article now in case it happens again.</source>
        <translation>واجه مداد مشكلة غير متوقَّعة. يمكنك مواصلة العمل، لكن احفظ مقالك الآن تحسّبًا لتكرارها.</translation>
    </message>
    <message>
        <source>The details were written to the log file:</source>
        <translation>كُتبت التفاصيل في ملف السجل:</translation>
    </message>
    <message>
        <source>Start Midad with --debug to see the details.</source>
        <translation>شغّل مداد بالخيار ⁦--debug⁩ لترى التفاصيل.</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>فتح مجلد السجل</translation>
    </message>
</context>
<context>
    <name>WebPasteBar</name>
    <message>
        <source>This looks like a web page: clean it up?</source>
        <translation>يبدو هذا نصًّا منسوخًا من صفحة ويب: أتريد تنظيفه؟</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>تنظيف</translation>
    </message>
    <message>
        <source>Remove the page&apos;s menus, share buttons, comment forms and footer from the pasted text</source>
        <translation>إزالة قوائم الصفحة وأزرار المشاركة ونماذج التعليق وتذييل الموقع من النص الملصوق</translation>
    </message>
    <message>
        <source>Paste as New Article</source>
        <translation>لصق كمقال جديد</translation>
    </message>
    <message>
        <source>Keep the paste as it is</source>
        <translation>إبقاء النص الملصوق كما هو</translation>
    </message>
</context>
<context>
    <name>WebPreviewPane</name>
    <message>
        <source>This part of the article is too large for the web preview; choose the light preview in Settings.</source>
        <translation>هذا الجزء من المقال أكبر من أن يُعرض في معاينة الويب؛ اختر المعاينة الخفيفة من الإعدادات.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Show Invisible Characters</source>
        <translation>إظهار الأحرف غير المرئية</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الملفات الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Web Page (HTML)…</source>
        <translation>صفحة ويب (HTML)…</translation>
    </message>
    <message>
        <source>Word Document (DOCX)…</source>
        <translation>مستند وورد (DOCX)…</translation>
    </message>
    <message>
        <source>Clean Markdown…</source>
        <translation>نص Markdown نظيف…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>مستند PDF…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Paste as Plain Text</source>
        <translation>لصق كنص عادي</translation>
    </message>
    <message>
        <source>Paste as New Article</source>
        <translation>لصق كمقال جديد</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>بحث واستبدال…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>البحث عن السابق</translation>
    </message>
    <message>
        <source>Flip Paragraph &amp;Direction</source>
        <translation>عكس اتجاه الفقرة</translation>
    </message>
    <message>
        <source>Insert Right-to-Left Mark</source>
        <translation>إدراج علامة الاتجاه من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Insert Left-to-Right Mark</source>
        <translation>إدراج علامة الاتجاه من اليسار إلى اليمين</translation>
    </message>
</context>
<context>
    <name>WordTargetDialog</name>
    <message>
        <source>Word Target</source>
        <translation>الطول المستهدف</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>بلا هدف</translation>
    </message>
    <message>
        <source>How many words the article should have. It is kept in the article&apos;s file; 0 removes the target.</source>
        <translation>عدد الكلمات المطلوب للمقال. يُحفظ في ملف المقال، والصفر يلغي الهدف.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordTargetStatus</name>
    <message>
        <source>%1 / %2 words</source>
        <translation>%1 / %2 كلمة</translation>
    </message>
    <message>
        <source>%1% of the word target</source>
        <translation>%1٪ من الطول المستهدف</translation>
    </message>
</context>
<context>
    <name>WritingComfort</name>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>عريض</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation>إدراج صورة…</translation>
    </message>
    <message>
        <source>Word &amp;Target…</source>
        <translation>الطول المستهدف…</translation>
    </message>
    <message>
        <source>Midad &amp;Help</source>
        <translation>دليل مداد</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Midad</source>
        <translation>عن مداد</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>مخطط المقال</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>شريط الأدوات</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>إظهار شريط الأدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>الحجم الأصلي</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The article has no file name yet; choose where to save it.</source>
        <translation>ليس للمقال اسم ملف بعد؛ اختر مكان حفظه.</translation>
    </message>
    <message>
        <source>Unknown export format “{fmt}”; choose one of: {choices}.</source>
        <translation>صيغة التصدير «{fmt}» غير معروفة؛ اختر واحدة من: {choices}.</translation>
    </message>
    <message>
        <source>--fragment applies to HTML exports only.</source>
        <translation>الخيار ‎--fragment‎ خاص بالتصدير إلى HTML.</translation>
    </message>
    <message>
        <source>Exporting to “{path}” would overwrite the article itself; choose another file name.</source>
        <translation>التصدير إلى «⁨{path}⁩» سيكتب فوق المقال نفسه؛ اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>“{path}” is a folder; give a file name to export to.</source>
        <translation>«⁨{path}⁩» مجلد؛ اكتب اسم ملف للتصدير إليه.</translation>
    </message>
    <message>
        <source>The article has no file name yet; choose where to export it.</source>
        <translation>ليس للمقال اسم ملف بعد؛ اختر مكان تصديره.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a file.</source>
        <translation>«⁨{path}⁩» مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>“{path}” is too large to be an article ({size} MB).</source>
        <translation>«⁨{path}⁩» أكبر من أن يكون مقالًا ({size} ميغابايت).</translation>
    </message>
    <message>
        <source>“{path}” does not exist.</source>
        <translation>«⁨{path}⁩» غير موجود.</translation>
    </message>
    <message>
        <source>You do not have permission to read “{path}”.</source>
        <translation>ليس لديك إذن بقراءة «⁨{path}⁩».</translation>
    </message>
    <message>
        <source>“{path}” could not be read: {reason}.</source>
        <translation>تعذّرت قراءة «⁨{path}⁩»: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” could not be saved: {reason}.</source>
        <translation>تعذّر حفظ «⁨{path}⁩»: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” could not be saved: {reason}. The previous version is unchanged.</source>
        <translation>تعذّر حفظ «⁨{path}⁩»: {reason}. النسخة السابقة باقية كما هي.</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: it is damaged ({reason}).</source>
        <translation>لا يمكن استيراد «⁨{name}⁩»: الملف تالف ({reason}).</translation>
    </message>
    <message>
        <source>The import vocabulary “{name}” could not be read: {reason}.</source>
        <translation>تعذّرت قراءة معجم الاستيراد «⁨{name}⁩»: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {why}.</source>
        <translation>لا يمكن استيراد «⁨{name}⁩»: {why}.</translation>
    </message>
    <message>
        <source>The folder “{path}” could not be created: {reason}.</source>
        <translation>تعذّر إنشاء المجلد «⁨{path}⁩»: {reason}.</translation>
    </message>
    <message>
        <source>The team dictionary “{path}” does not exist.</source>
        <translation>قاموس الفريق «⁨{path}⁩» غير موجود.</translation>
    </message>
    <message>
        <source>You do not have permission to read the team dictionary “{path}”.</source>
        <translation>ليس لديك إذن بقراءة قاموس الفريق «⁨{path}⁩».</translation>
    </message>
    <message>
        <source>The team dictionary “{path}” could not be read: {reason}.</source>
        <translation>تعذّرت قراءة قاموس الفريق «⁨{path}⁩»: {reason}.</translation>
    </message>
    <message>
        <source>The team dictionary “{path}” is not UTF-8 text.</source>
        <translation>قاموس الفريق «⁨{path}⁩» ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains binary data).</source>
        <translation>⁨{name}⁩ ليس ملفًا نصيًا (فيه بيانات ثنائية).</translation>
    </message>
    <message>
        <source>{name} is not a text file, or its encoding could not be recognised.</source>
        <translation>⁨{name}⁩ ليس ملفًا نصيًا، أو تعذّر التعرف على ترميزه.</translation>
    </message>
    <message>
        <source>{name} is not a text file: it looks like {what}.</source>
        <translation>⁨{name}⁩ ليس ملفًا نصيًا: يبدو أنه {what}.</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but is not valid {label} text.</source>
        <translation>يبدأ ⁨{name}⁩ بعلامة ترتيب البايتات الخاصة بترميز {label}، لكنه ليس نصًا صالحًا بهذا الترميز ({label}).</translation>
    </message>
    <message>
        <source>“{name}” is not a picture (PNG, JPEG, GIF, WebP, SVG or BMP).</source>
        <translation>«⁨{name}⁩» ليس صورة (PNG أو JPEG أو GIF أو WebP أو SVG أو BMP).</translation>
    </message>
    <message>
        <source>“{name}” could not be copied into “{folder}”: {reason}.</source>
        <translation>تعذّر نسخ «⁨{name}⁩» إلى «⁨{folder}⁩»: {reason}.</translation>
    </message>
    <message>
        <source>Unknown way to export pictures “{mode}”; choose one of: {choices}.</source>
        <translation>طريقة غير معروفة لتصدير الصور «⁨{mode}⁩»؛ اختر واحدة من: {choices}.</translation>
    </message>
    <message>
        <source>Unknown paper size “{paper}”; choose one of: {choices}.</source>
        <translation>مقاس الورق «⁨{paper}⁩» غير معروف؛ اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>Unknown digits “{digits}”; choose one of: {choices}.</source>
        <translation>الأرقام «⁨{digits}⁩» غير معروفة؛ اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>PDF pages need Qt&apos;s page renderer, which this program did not load.</source>
        <translation>صفحات PDF تحتاج إلى مُخرِج الصفحات في Qt، ولم يحمّله هذا البرنامج.</translation>
    </message>
    <message>
        <source>Unknown way to export tracked changes “{mode}”; choose one of: {choices}.</source>
        <translation>طريقة غير معروفة لتصدير التعديلات المتتبَّعة «⁨{mode}⁩»؛ اختر واحدة من: {choices}.</translation>
    </message>
    <message>
        <source>No change or comment starts at offset {offset}.</source>
        <translation>لا يبدأ أي تعديل أو تعليق عند الموضع {offset}.</translation>
    </message>
    <message>
        <source>{problem} Correct it before the changes are resolved.</source>
        <translation>{problem} صحّحه قبل حسم التعديلات.</translation>
    </message>
    <message>
        <source>Line 1: the article&apos;s text opens a front matter block with “---” that is never closed; close it with a “---” line, or remove it, before exporting.</source>
        <translation>السطر 1: يبدأ نص المقال بترويسة بيانات تفتحها «---» ولا تُغلق؛ أغلقها بسطر «---» أو احذفها قبل التصدير.</translation>
    </message>
    <message>
        <source>Line {line}: the front matter could not be read ({problem}); correct it before exporting, so that it is not published as the article&apos;s text.</source>
        <translation>السطر {line}: تعذّرت قراءة ترويسة البيانات ({problem})؛ صحّحها قبل التصدير كي لا تُنشر نصًّا في المقال.</translation>
    </message>
    <message>
        <source>The article&apos;s text opens with a second front matter block; move what it holds into the article&apos;s details and remove it before exporting.</source>
        <translation>يبدأ نص المقال بترويسة بيانات ثانية؛ انقل ما فيها إلى تفاصيل المقال واحذفها قبل التصدير.</translation>
    </message>
    <message>
        <source>The picture “{name}” could not be copied beside the export: {reason}.</source>
        <translation>تعذّر نسخ الصورة «⁨{name}⁩» بجانب الملف المصدَّر: {reason}.</translation>
    </message>
    <message>
        <source>The article nests lists or quotations too deeply (thousands of levels) to be exported; flatten the deepest ones.</source>
        <translation>يتداخل في المقال من القوائم أو الاقتباسات ما هو أعمق من أن يُصدَّر (آلاف المستويات)؛ خفّف أعمقها.</translation>
    </message>
    <message>
        <source>The article has {count} notes, more than the {limit} Midad exports; split it into several articles.</source>
        <translation>في المقال {count} حاشية، وهذا أكثر من {limit} حاشية يصدّرها مداد؛ قسّمه إلى عدة مقالات.</translation>
    </message>
    <message>
        <source>The export failed because of a problem in Midad ({problem}); the log file has the details.</source>
        <translation>تعذّر التصدير بسبب مشكلة في مداد ({problem})؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>The import failed because of a problem in Midad ({problem}); the log file has the details.</source>
        <translation>تعذّر الاستيراد بسبب مشكلة في مداد ({problem})؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>The file could not be opened because of a problem in Midad ({problem}); the log file has the details.</source>
        <translation>تعذّر فتح الملف بسبب مشكلة في مداد ({problem})؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>Line {line}: “{closer}” closes no mark; it is kept as text.</source>
        <translation>السطر {line}: «⁨{closer}⁩» لا يُغلق أي علامة؛ أُبقي نصًّا كما هو.</translation>
    </message>
    <message>
        <source>Line {line}: a mark “{opener}” holds another mark “{inner}”; marks cannot be nested, so both are kept as text.</source>
        <translation>السطر {line}: العلامة «⁨{opener}⁩» تحوي علامة أخرى «⁨{inner}⁩»؛ لا تتداخل العلامات، فأُبقيتا نصًّا كما هما.</translation>
    </message>
    <message>
        <source>Line {line}: the mark “{opener}” is never closed with “{closer}”; it is kept as text.</source>
        <translation>السطر {line}: العلامة «⁨{opener}⁩» لا تُغلق بـ«⁨{closer}⁩» أبدًا؛ أُبقيت نصًّا كما هي.</translation>
    </message>
    <message>
        <source>Line {line}: the substitution “{opener}” has no “~&gt;” between the old and the new text; it is kept as text.</source>
        <translation>السطر {line}: الاستبدال «⁨{opener}⁩» ليس فيه «~&gt;» بين النص القديم والجديد؛ أُبقي نصًّا كما هو.</translation>
    </message>
    <message>
        <source>{changes} tracked change(s) and {comments} comment(s) were kept as review marks; `midad changes` lists them.</source>
        <translation>حُفظ {changes} من التعديلات المتتبَّعة و{comments} من التعليقات علاماتِ مراجعة؛ يسردها الأمر ‎`midad changes`‎.</translation>
    </message>
    <message>
        <source>{count} comment(s) were attached to no text; they are kept at the article&apos;s end.</source>
        <translation>لم يُعلَّق {count} من التعليقات على أي نص؛ أُبقيت في آخر المقال.</translation>
    </message>
    <message>
        <source>the front matter is not a list of “key: value” lines</source>
        <translation>ترويسة البيانات ليست أسطرًا من الشكل «المفتاح: القيمة»</translation>
    </message>
    <message>
        <source>Line {line}: the value of “{key}” holds a colon, which the front matter allows only in quotes; it was read as text, and saving the article quotes it.</source>
        <translation>السطر {line}: في قيمة «⁨{key}⁩» نقطتان رأسيتان، ولا تقبلهما ترويسة البيانات إلا بين علامتي تنصيص؛ فقُرئت نصًّا، وحفظُ المقال يضعها بين علامتي تنصيص.</translation>
    </message>
    <message>
        <source>Line {line}: the value of “{key}” starts with “{mark}”, which the front matter allows only in quotes; it was read as text, and saving the article quotes it.</source>
        <translation>السطر {line}: تبدأ قيمة «⁨{key}⁩» بالعلامة «⁨{mark}⁩»، ولا تقبلها ترويسة البيانات إلا بين علامتي تنصيص؛ فقُرئت نصًّا، وحفظُ المقال يضعها بين علامتي تنصيص.</translation>
    </message>
    <message>
        <source>Line {line}: the front matter is indented with a tab, which it does not allow; the tab was read as spaces.</source>
        <translation>السطر {line}: في ترويسة البيانات إزاحة بمفتاح الجدولة (Tab)، وهي لا تقبلها؛ فقُرئت مسافات.</translation>
    </message>
    <message>
        <source>The picture “{src}” was not found beside the article; the page shows its description in its place.</source>
        <translation>لم توجد الصورة «⁨{src}⁩» بجانب المقال؛ فتعرض الصفحة وصفها مكانها.</translation>
    </message>
    <message>
        <source>“{src}” is not a picture a browser shows; its address was kept.</source>
        <translation>«⁨{src}⁩» ليست صورة يعرضها المتصفح؛ فأُبقي عنوانها كما هو.</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (عربي)</translation>
    </message>
    <message>
        <source>ISO-8859-6 (Arabic)</source>
        <translation>ISO-8859-6 (عربي)</translation>
    </message>
    <message>
        <source>DOS-720 (Arabic)</source>
        <translation>DOS-720 (عربي)</translation>
    </message>
    <message>
        <source>DOS-864 (Arabic)</source>
        <translation>DOS-864 (عربي)</translation>
    </message>
    <message>
        <source>Mac Arabic</source>
        <translation>ماك العربي (Mac Arabic)</translation>
    </message>
    <message>
        <source>UTF-16 (no byte-order mark)</source>
        <translation>UTF-16 (بلا علامة ترتيب البايتات)</translation>
    </message>
    <message>
        <source>{count} picture(s) embedded in the page were saved in “{folder}”.</source>
        <translation>حُفظت الصور المضمّنة في الصفحة ({count}) في «⁨{folder}⁩».</translation>
    </message>
    <message>
        <source>“read also”/related links</source>
        <translation>روابط «اقرأ أيضًا» ومواد ذات صلة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>سطر الكاتب</translation>
    </message>
    <message>
        <source>byline → author: {name}</source>
        <translation>سطر الكاتب ← الكاتب: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>dateline → date: {date}</source>
        <translation>سطر التاريخ ← التاريخ: {date}</translation>
    </message>
    <message>
        <source>section label → category: {category}</source>
        <translation>اسم القسم ← القسم: {category}</translation>
    </message>
    <message>
        <source>deck under the title → subtitle</source>
        <translation>السطر التمهيدي تحت العنوان ← العنوان الفرعي</translation>
    </message>
    <message>
        <source>tags → {items}</source>
        <translation>الوسوم ← {items}</translation>
    </message>
    <message>
        <source>category → {items}</source>
        <translation>القسم ← {items}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>a ZIP archive or an office document (DOCX, ODT)</source>
        <translation>أرشيف ZIP أو مستند مكتبي (DOCX أو ODT)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>مستند أوفيس قديم</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>مستند RTF</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>الملف مشفّر</translation>
    </message>
    <message>
        <source>it is a ZIP archive but not a Word document (no word/document.xml)</source>
        <translation>الملف أرشيف ZIP وليس مستند وورد (لا يحوي word/document.xml)</translation>
    </message>
    <message>
        <source>it is damaged or not a Word document (not a valid ZIP archive)</source>
        <translation>الملف تالف أو ليس مستند وورد (ليس أرشيف ZIP صالحًا)</translation>
    </message>
    <message>
        <source>A slug cannot contain spaces; use hyphens.</source>
        <translation>لا يصح أن يحوي معرّف الرابط مسافات؛ استعمل الشَّرطة (-).</translation>
    </message>
    <message>
        <source>A slug may hold only letters, digits and single hyphens, and starts and ends with a letter or digit.</source>
        <translation>يتكوّن معرّف الرابط من حروف وأرقام وشَرطات مفردة فقط، ويبدأ وينتهي بحرف أو رقم.</translation>
    </message>
    <message>
        <source>A slug is written in lower case.</source>
        <translation>يُكتب معرّف الرابط بالحروف اللاتينية الصغيرة.</translation>
    </message>
    <message>
        <source>Spelling is not checked: the enchant library could not be loaded ({detail}).</source>
        <translation>لا يُدقَّق الإملاء: تعذّر تحميل مكتبة enchant ({detail}).</translation>
    </message>
    <message>
        <source>Spelling is not checked: the Arabic dictionary could not be opened ({detail}).</source>
        <translation>لا يُدقَّق الإملاء: تعذّر فتح القاموس العربي ({detail}).</translation>
    </message>
    <message>
        <source>Spelling is not checked: no Arabic dictionary is installed (install hunspell-ar, or reinstall Midad).</source>
        <translation>لا يُدقَّق الإملاء: لا يوجد قاموس عربي مثبّت (ثبّت hunspell-ar، أو أعد تثبيت مداد).</translation>
    </message>
    <message>
        <source>its aliases (“*name”) repeat more than {limit} values</source>
        <translation>أسماؤها المستعارة («*name») تكرّر أكثر من {limit} قيمة</translation>
    </message>
    <message>
        <source>its lists or mappings are nested too deeply</source>
        <translation>قوائمها أو جداولها متداخلة تداخلًا أعمق من المسموح</translation>
    </message>
    <message>
        <source>The “{field}” detail is longer than the {limit} characters a Word document property holds; the document&apos;s properties keep its beginning only.</source>
        <translation>حقل «⁨{field}⁩» أطول من {limit} حرفًا، وهو أقصى ما تتّسع له خصائص مستند Word؛ فلم تحفظ خصائص المستند إلا أوله.</translation>
    </message>
    <message>
        <source>Line {line}: the rule “{rule}” found more than {limit} problems in one paragraph; only the first {limit} are listed.</source>
        <translation>السطر {line}: وجدت القاعدة «⁨{rule}⁩» أكثر من {limit} مشكلة في فقرة واحدة؛ ولا يُعرض إلا أول {limit} منها.</translation>
    </message>
    <message>
        <source>Line 1: the front matter opened with “---” is never closed; the whole file was kept as the article&apos;s text.</source>
        <translation>السطر 1: ترويسة البيانات التي تبدأ بـ«---» لم تُغلق؛ فأُبقي الملف كله نصًّا للمقال.</translation>
    </message>
    <message>
        <source>A tag had an unexpected structure; it was kept as text.</source>
        <translation>جاء أحد الوسوم ببنية غير متوقعة؛ فأُبقي نصًّا.</translation>
    </message>
    <message>
        <source>No title was found: the text starts with a paragraph.</source>
        <translation>لم يُعثر على عنوان: يبدأ النص بفقرة.</translation>
    </message>
    <message>
        <source>The front matter could not be read; only the text after it was checked.</source>
        <translation>تعذّرت قراءة ترويسة البيانات؛ فلم يُدقَّق إلا النص الذي بعدها.</translation>
    </message>
    <message>
        <source>repeats the title</source>
        <translation>يكرر العنوان</translation>
    </message>
    <message>
        <source>section label above the title</source>
        <translation>اسم القسم فوق العنوان</translation>
    </message>
    <message>
        <source>navigation menu</source>
        <translation>قائمة تنقّل</translation>
    </message>
    <message>
        <source>breadcrumb navigation</source>
        <translation>مسار التنقّل في الموقع</translation>
    </message>
    <message>
        <source>no words (decoration or stray symbols)</source>
        <translation>سطر بلا كلمات (زخرفة أو رموز شاردة)</translation>
    </message>
    <message>
        <source>stray number (a share or comment counter?)</source>
        <translation>رقم منفرد (عدّاد مشاركات أو تعليقات؟)</translation>
    </message>
    <message>
        <source>byline (the article&apos;s byline is already “{author}”)</source>
        <translation>سطر الكاتب (كاتب المقال محدد: «{author}»)</translation>
    </message>
    <message>
        <source>dateline (the article&apos;s date is already {date})</source>
        <translation>سطر التاريخ (تاريخ المقال محدد: {date})</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«⁨{name}⁩»</translation>
    </message>
    <message>
        <source>A slug should be at most {limit} characters.</source>
        <translation>ينبغي ألا يزيد معرّف الرابط على {limit} حرفًا.</translation>
    </message>
    <message>
        <source>The file was read as {encoding}; it will be saved as UTF-8.</source>
        <translation>قُرئ الملف بترميز {encoding}؛ وسيُحفظ بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The file was read as {encoding}; the article is saved as UTF-8.</source>
        <translation>قُرئ الملف بترميز {encoding}؛ ويُحفظ المقال بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Line {line}: the front matter could not be read ({problem}); it was kept, unchanged, at the top of the article&apos;s text.</source>
        <translation>السطر {line}: تعذّرت قراءة ترويسة البيانات ({problem})؛ فأُبقيت كما هي في أعلى نص المقال.</translation>
    </message>
    <message>
        <source>The “{field}” field was a list; its items were joined into one text.</source>
        <translation>كان الحقل «{field}» قائمة؛ فضُمّت عناصرها في نص واحد.</translation>
    </message>
    <message>
        <source>The “{field}” field had an unexpected structure; it was kept as text.</source>
        <translation>جاء الحقل «{field}» ببنية غير متوقعة؛ فأُبقي نصًّا.</translation>
    </message>
    <message>
        <source>Unknown status “{status}”; expected one of: {choices}.</source>
        <translation>الحالة «{status}» غير معروفة؛ المتوقع واحدة من: {choices}.</translation>
    </message>
    <message>
        <source>No title was found in the text; the file name “{name}” is the title for now.</source>
        <translation>لم يُعثر على عنوان في النص؛ اسم الملف «⁨{name}⁩» هو العنوان مؤقتًا.</translation>
    </message>
    <message>
        <source>{count} garbled line(s) (Arabic UTF-8 once read with a wrong code page, like “ط§ظ„”) were restored.</source>
        <translation>أُصلحت أسطر مشوّهة (نص عربي بترميز UTF-8 قُرئ مرةً بصفحة ترميز خاطئة، مثل «ط§ظ„»)، عددها: {count}.</translation>
    </message>
    <message>
        <source>The document was created on {date}; that is not taken as the article&apos;s date.</source>
        <translation>أُنشئ المستند في {date}؛ ولا يُعدّ ذلك تاريخًا للمقال.</translation>
    </message>
    <message>
        <source>The text of {count} text box(es) was placed after the paragraph that holds it.</source>
        <translation>وُضع نص مربعات النص (عددها {count}) بعد الفقرة التي تحمل كلًّا منها.</translation>
    </message>
    <message>
        <source>{count} picture(s) were left out: an article holds text only.</source>
        <translation>أُسقطت الصور (عددها {count}): المقال نص فقط.</translation>
    </message>
    <message>
        <source>Invalid regular expression: {detail}</source>
        <translation>تعبير نمطي غير صالح: {detail}</translation>
    </message>
    <message>
        <source>The replacement refers to a missing group: {group}</source>
        <translation>يشير نص الاستبدال إلى مجموعة غير موجودة: {group}</translation>
    </message>
    <message>
        <source>it is too large ({size} MB)</source>
        <translation>الملف كبير جدًا ({size} ميغابايت)</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>تعذّرت قراءته ({reason})</translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation>الملف تالف ({detail})</translation>
    </message>
    <message>
        <source>it holds {count} parts, far more than any Word document</source>
        <translation>عدد أجزائه {count}، وهذا أكثر بكثير مما في أي مستند وورد</translation>
    </message>
    <message>
        <source>its part {part} would expand to {size} MB (a “zip bomb”?)</source>
        <translation>جزؤه {part} يتمدد إلى {size} ميغابايت (قنبلة ZIP؟)</translation>
    </message>
    <message>
        <source>its part {part} is compressed {ratio} times over (a “zip bomb”?)</source>
        <translation>جزؤه {part} مضغوط بنسبة {ratio} ضعفًا (قنبلة ZIP؟)</translation>
    </message>
    <message>
        <source>its text would expand to {size} MB (a “zip bomb”?)</source>
        <translation>نصه يتمدد إلى {size} ميغابايت (قنبلة ZIP؟)</translation>
    </message>
    <message>
        <source>its part {part} is larger than it declares</source>
        <translation>جزؤه {part} أكبر مما يعلنه</translation>
    </message>
    <message>
        <source>its part {part} declares a DOCTYPE or entities, which Word never writes (a hostile file?)</source>
        <translation>جزؤه {part} يعرّف DOCTYPE أو كيانات، ووورد لا يكتبها أبدًا (ملف مريب؟)</translation>
    </message>
</context>
</TS>
