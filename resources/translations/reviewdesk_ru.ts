<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivityPane</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Оценка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Prepare appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund, reship, coupon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the buyer said, and any date they promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Review text</source>
        <translation type="unfinished">Текст отзыва</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys 1–5 set the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a genuine complaint: may be appealed (key 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm or danger reported: always escalated (key 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the corrections and use the automatic classification again (key 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the follow-up date (F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When should this buyer be contacted again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import reviews</source>
        <translation>Импорт отзывов</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Фо&amp;рмат:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Первая строка — &amp;заголовок</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Площадка:</translation>
    </message>
    <message>
        <source>Platform of rows that do not name one</source>
        <translation>Площадка для строк, где она не указана</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Магазин:</translation>
    </message>
    <message>
        <source>Shop of rows that do not name one</source>
        <translation>Магазин для строк, где он не указан</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Пропущенные строки:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ReviewDesk</source>
        <translation type="unfinished">ReviewDesk</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reviews from CSV, Ozon JSON or Amazon JSONL files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of all reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent, shops, language, database and reply limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Views Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Current Filter as &amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Saved View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After-Sales Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Suspicious Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Sa&amp;fety Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Automatic Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard and mark it exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Follow-up Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare &amp;Appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReviewDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <source>&lt;b&gt;Reply&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates for this review&apos;s category and language; choosing one writes the reply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies are written in the buyer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters used of the platform&apos;s reply limit (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply in the buyer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard and mark as exported (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Signs replies and contact-log entries</source>
        <translation>Подпись в ответах и журнале контактов</translation>
    </message>
    <message>
        <source>Your &amp;title:</source>
        <translation>Ваша &amp;должность:</translation>
    </message>
    <message>
        <source>e.g. Customer care manager</source>
        <translation>например, менеджер по работе с клиентами</translation>
    </message>
    <message>
        <source>&amp;Shops:</source>
        <translation>&amp;Магазины:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;First response within:</source>
        <translation>&amp;Первый ответ в течение:</translation>
    </message>
    <message>
        <source>A new negative review not answered within this time counts as overdue.</source>
        <translation>Новый негативный отзыв без ответа дольше этого срока считается просроченным.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>The new language is used from the next start of ReviewDesk.</source>
        <translation>Новый язык будет применён при следующем запуске ReviewDesk.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Current database:</source>
        <translation>Текущая база данных:</translation>
    </message>
    <message>
        <source>&amp;Recent databases:</source>
        <translation>&amp;Недавние базы данных:</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>Открыть &amp;выбранную</translation>
    </message>
    <message>
        <source>&amp;Open other…</source>
        <translation>&amp;Открыть другую…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Создать базу…</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Longest reply each marketplace accepts. The reply editor counts characters against it and warns when a reply is longer.</source>
        <translation>Максимальная длина ответа на каждой площадке. Редактор ответа считает символы и предупреждает, если ответ длиннее.</translation>
    </message>
    <message>
        <source>&amp;Ozon:</source>
        <translation>&amp;Ozon:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> символов</translation>
    </message>
    <message>
        <source>&amp;Wildberries:</source>
        <translation>&amp;Wildberries:</translation>
    </message>
    <message>
        <source>&amp;Amazon:</source>
        <translation>&amp;Amazon:</translation>
    </message>
    <message>
        <source>&amp;Taobao / Tmall / JD:</source>
        <translation>&amp;Taobao / Tmall / JD:</translation>
    </message>
    <message>
        <source>O&amp;ther platforms:</source>
        <translation>&amp;Другие площадки:</translation>
    </message>
    <message>
        <source>Restore &amp;default limits</source>
        <translation>Восстановить &amp;стандартные значения</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the queue can be done from the keyboard. Letters and digits act when the cursor is not in a text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::ActivityPane</name>
    <message>
        <source>Reply drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace did not name the buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 wrote %n other review(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote no other review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a review flagged as suspicious (a threat, an advertisement, off-topic or abuse) can be appealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed. Record what the marketplace decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is flagged as suspicious. Prepare an appeal to ask the marketplace to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::AppealDialog</name>
    <message>
        <source>Paste this text into %1&apos;s “report a review” form. It is written in the marketplace&apos;s language (%2) and names the rule the review breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy and mark as appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extortion: a bad rating unless paid or refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising a competitor, product or website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not about the product or the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insults or obscenities with no substance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::Application</name>
    <message>
        <source>Preparing the demo reviews…</source>
        <translation>Подготовка демонстрационных отзывов…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>ReviewDesk</source>
        <translation>ReviewDesk</translation>
    </message>
    <message>
        <source>Review-management workbench for marketplace sellers.</source>
        <translation>Рабочее место для работы с отзывами продавцов маркетплейсов.</translation>
    </message>
    <message>
        <source>Open the database, wait until its first rows are shown and exit (exit code 0 when that worked).</source>
        <translation>Открыть базу, дождаться показа первых строк и выйти (код выхода 0 при успехе).</translation>
    </message>
    <message>
        <source>Database file to open (created when missing). Default: the last one used.</source>
        <translation>Файл базы данных (создаётся, если его нет). По умолчанию — последняя открытая база.</translation>
    </message>
    <message>
        <source>The demo reviews could not be set up; starting with an empty database.

%1</source>
        <translation>Не удалось подготовить демонстрационные отзывы; запуск с пустой базой.

%1</translation>
    </message>
    <message>
        <source>Review files to import into it (.csv, .tsv, .txt, .json, .jsonl).</source>
        <translation>Файлы отзывов для импорта в неё (.csv, .tsv, .txt, .json, .jsonl).</translation>
    </message>
</context>
<context>
    <name>rd::gui::BuiltinViews</name>
    <message>
        <source>New negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious — appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::CategoryStyle</name>
    <message>
        <source>Product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Другая</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::DemoDatabase</name>
    <message>
        <source>The demo reviews could not be imported: %1</source>
        <translation>Не удалось импортировать демонстрационные отзывы: %1</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <source>The demo reviews are missing from this build (%1).</source>
        <translation>В этой сборке нет демонстрационных отзывов (%1).</translation>
    </message>
</context>
<context>
    <name>rd::gui::DetailPane</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n other negative review(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat complainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1, confidence %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified automatically yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::FilterBar</name>
    <message>
        <source>Search reviews  /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in any language; Chinese is found by two-character pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">Площадка</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Оценка</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative (1–2★)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral (3★)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive (4–5★)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished">Магазин</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::ImportDialog</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…и ещё %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Как в файле</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Импорт отзывов</translation>
    </message>
    <message>
        <source>Review files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)</source>
        <translation>Файлы отзывов (*.csv *.tsv *.txt *.json *.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Read as %1, %2, columns separated by %3.</source>
        <translation>Читается как %1, кодировка %2, разделитель столбцов: %3.</translation>
    </message>
    <message>
        <source>Read as %1, %2.</source>
        <translation>Читается как %1, кодировка %2.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) read without problems.</source>
        <translation>
            <numerusform>Первая %n строка прочитана без ошибок.</numerusform>
            <numerusform>Первые %n строки прочитаны без ошибок.</numerusform>
            <numerusform>Первые %n строк прочитаны без ошибок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the first %n row(s), these would be skipped:</source>
        <translation>
            <numerusform>Из первой %n строки будут пропущены:</numerusform>
            <numerusform>Из первых %n строк будут пропущены:</numerusform>
            <numerusform>Из первых %n строк будут пропущены:</numerusform>
        </translation>
    </message>
    <message>
        <source>The review field this column feeds</source>
        <translation>Поле отзыва, в которое попадает этот столбец</translation>
    </message>
    <message>
        <source>The fields of this format are fixed</source>
        <translation>Поля этого формата заданы заранее</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) read</source>
        <translation>
            <numerusform>Прочитан %n отзыв</numerusform>
            <numerusform>Прочитано %n отзыва</numerusform>
            <numerusform>Прочитано %n отзывов</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. Files finished before that are stored.</source>
        <translation>Импорт отменён. Файлы, обработанные до отмены, сохранены.</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: не импортирован: %2</translation>
    </message>
    <message>
        <source>%1: not started.</source>
        <translation>%1: не начат.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <source>%n new review(s) classified, %1 reply draft(s) written.</source>
        <translation>
            <numerusform>Классифицирован %n новый отзыв, подготовлено черновиков ответа: %1.</numerusform>
            <numerusform>Классифицировано %n новых отзыва, подготовлено черновиков ответа: %1.</numerusform>
            <numerusform>Классифицировано %n новых отзывов, подготовлено черновиков ответа: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ImportLabels</name>
    <message>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <source>Review ID</source>
        <translation>ID отзыва</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID покупателя</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Имя покупателя</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Review text</source>
        <translation>Текст отзыва</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Keep as extra field</source>
        <translation>Сохранить как доп. поле</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Ozon JSON</source>
        <translation>Ozon JSON</translation>
    </message>
    <message>
        <source>Amazon JSONL</source>
        <translation>Amazon JSONL</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030 (GBK)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Ozon</source>
        <translation>Ozon</translation>
    </message>
    <message>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <source>Taobao / Tmall / JD</source>
        <translation>Taobao / Tmall / JD</translation>
    </message>
    <message>
        <source>Wildberries</source>
        <translation>Wildberries</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другая</translation>
    </message>
    <message>
        <source>%1 read: %2 added, %3 updated, %4 revised, %5 unchanged, %6 skipped.</source>
        <translation>Прочитано %1: добавлено %2, обновлено %3, изменено %4, без изменений %5, пропущено %6.</translation>
    </message>
    <message>
        <source>Cancelled: nothing from this file was stored.</source>
        <translation>Отменено: из этого файла ничего не сохранено.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Не импортирован: %1</translation>
    </message>
    <message>
        <source>Failed, nothing stored: %1</source>
        <translation>Ошибка, ничего не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::ImportTask</name>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Indexing the new reviews for search…</source>
        <translation>Индексация новых отзывов для поиска…</translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message>
        <source>%1 in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReviewDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ReviewDesk %1&lt;/b&gt;&lt;p&gt;Review management for marketplace sellers: triage, replies, follow-ups and weekly reports.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ReviewDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished">Открыть базу данных</translation>
    </message>
    <message>
        <source>ReviewDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished">Базы ReviewDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view (the current filters are saved with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::QueueModel</name>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">Площадка</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Оценка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished">Товар</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by a person (automatic: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (confidence %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::ReplyPane</name>
    <message>
        <source>Own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a category to get a reply draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template fits this review: write the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the reply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was edited or already approved. Replace it with the template&apos;s text? (Ctrl+Z brings it back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished">Товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished">Артикул</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished">Магазин</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it here: it replaces {%1} in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied for posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reply yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in “%1” before copying the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in “%1” before approving the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply copied: paste it into the marketplace&apos;s reply box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::ReviewActions</name>
    <message>
        <source>Set category to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the %1 flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the automatic classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reply as posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record appeal outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::ReviewPreparation</name>
    <message>
        <source>Your rule file has errors; the built-in rules were used.</source>
        <translation>В вашем файле правил есть ошибки; использованы встроенные правила.</translation>
    </message>
    <message>
        <source>Classifying the new reviews…</source>
        <translation>Классификация новых отзывов…</translation>
    </message>
    <message>
        <source>Your template file has errors; the built-in templates were used.</source>
        <translation>В вашем файле шаблонов есть ошибки; использованы встроенные шаблоны.</translation>
    </message>
    <message>
        <source>Writing reply drafts…</source>
        <translation>Подготовка черновиков ответов…</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReviewTextView</name>
    <message>
        <source>safety flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspicious flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: negated in the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::SettingsDialog</name>
    <message>
        <source>ReviewDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы ReviewDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (файл не найден)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Новый магазин</translation>
    </message>
    <message>
        <source>Select a database in the list first.</source>
        <translation>Сначала выберите базу в списке.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with &quot;Open other…&quot;.</source>
        <translation>%1 уже существует. Укажите другое имя файла или откройте его через «Открыть другую…».</translation>
    </message>
</context>
<context>
    <name>rd::gui::ShortcutsDialog</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ / ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen further / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::UserGuideDialog</name>
    <message>
        <source>ReviewDesk User Guide</source>
        <translation>Руководство пользователя ReviewDesk</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>В этой сборке нет руководства пользователя.</translation>
    </message>
</context>
<context>
    <name>rd::gui::ViewListModel</name>
    <message>
        <source>%1: %2 reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::ViewsPane</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
