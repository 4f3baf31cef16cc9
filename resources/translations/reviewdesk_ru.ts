<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivityPane</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Buyer&apos;s answer</source>
        <translation>Ответ покупателя</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Записать контакт…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Double-click to open the review</source>
        <translation>Дважды щёлкните, чтобы открыть отзыв</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Апелляция</translation>
    </message>
    <message>
        <source>&amp;Prepare appeal…</source>
        <translation>Подготовить &amp;апелляцию…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Prepare appeal</source>
        <translation>Подготовка апелляции</translation>
    </message>
    <message>
        <source>&amp;Rule broken</source>
        <translation>&amp;Нарушенное правило</translation>
    </message>
    <message>
        <source>Appeal text</source>
        <translation>Текст апелляции</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation>Запись контакта</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>&amp;Предложено</translation>
    </message>
    <message>
        <source>Refund, reship, coupon…</source>
        <translation>Возврат денег, повторная отправка, купон…</translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;answer</source>
        <translation>&amp;Ответ покупателя</translation>
    </message>
    <message>
        <source>What the buyer said, and any date they promised</source>
        <translation>Что ответил покупатель и какие сроки пообещал</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Review text</source>
        <translation>Текст отзыва</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Keys 1–5 set the category</source>
        <translation>Клавиши 1–5 задают категорию</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Подозрительный</translation>
    </message>
    <message>
        <source>Not a genuine complaint: may be appealed (key 6)</source>
        <translation>Не настоящая жалоба: можно обжаловать (клавиша 6)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Harm or danger reported: always escalated (key 7)</source>
        <translation>Сообщение о вреде или опасности: всегда передаётся руководителю (клавиша 7)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Drop the corrections and use the automatic classification again (key 0)</source>
        <translation>Отменить ручные исправления и вернуть автоматическую классификацию (клавиша 0)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Change the status (S)</source>
        <translation>Изменить статус (S)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Set the follow-up date (F)</source>
        <translation>Задать дату повторного контакта (F)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up date</source>
        <translation>Дата повторного контакта</translation>
    </message>
    <message>
        <source>When should this buyer be contacted again?</source>
        <translation>Когда снова связаться с этим покупателем?</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Завтра</translation>
    </message>
    <message>
        <source>In &amp;3 days</source>
        <translation>Через &amp;3 дня</translation>
    </message>
    <message>
        <source>In a &amp;week</source>
        <translation>Через &amp;неделю</translation>
    </message>
    <message>
        <source>&amp;No follow-up</source>
        <translation>&amp;Без повторного контакта</translation>
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
        <translation>Форма&amp;т:</translation>
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
        <translation>ReviewDesk</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Очередь отзывов</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Отзыв</translation>
    </message>
    <message>
        <source>Set &amp;Category</source>
        <translation>Задать &amp;категорию</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import reviews from CSV, Ozon JSON or Amazon JSONL files</source>
        <translation>Импорт отзывов из файлов CSV, Ozon JSON или Amazon JSONL</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open another review database</source>
        <translation>Открыть другую базу отзывов</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Search Reviews</source>
        <translation>По&amp;иск отзывов</translation>
    </message>
    <message>
        <source>Search the text of all reviews</source>
        <translation>Поиск по тексту всех отзывов</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>О&amp;чистить фильтры</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Agent, shops, language, database and reply limits</source>
        <translation>Сотрудник, магазины, язык, база данных и лимиты длины ответа</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Reload Queue</source>
        <translation>&amp;Обновить очередь</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Views Pane</source>
        <translation>Панель &amp;представлений</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Activity Tabs</source>
        <translation>&amp;Вкладки активности</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Save Current Filter as &amp;View…</source>
        <translation>Сохранить фильтр как пред&amp;ставление…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Delete Saved View</source>
        <translation>&amp;Удалить сохранённое представление</translation>
    </message>
    <message>
        <source>&amp;Next Review</source>
        <translation>&amp;Следующий отзыв</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;Previous Review</source>
        <translation>&amp;Предыдущий отзыв</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>&amp;Product Quality</source>
        <translation>&amp;Качество товара</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>&amp;Logistics</source>
        <translation>&amp;Доставка</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>&amp;After-Sales Service</source>
        <translation>&amp;Сервис и поддержка</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation>&amp;Цена</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>Д&amp;ругое</translation>
    </message>
    <message>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <source>Toggle &amp;Suspicious Flag</source>
        <translation>Переключить флаг «П&amp;одозрительный»</translation>
    </message>
    <message>
        <source>6</source>
        <translation>6</translation>
    </message>
    <message>
        <source>Toggle Sa&amp;fety Flag</source>
        <translation>Переключить флаг «&amp;Безопасность»</translation>
    </message>
    <message>
        <source>7</source>
        <translation>7</translation>
    </message>
    <message>
        <source>Use the &amp;Automatic Classification</source>
        <translation>Вернуть &amp;автоматическую классификацию</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>&amp;Write Reply</source>
        <translation>&amp;Написать ответ</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>&amp;Copy Reply</source>
        <translation>Копировать о&amp;твет</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard and mark it exported</source>
        <translation>Скопировать ответ в буфер обмена и отметить как выгруженный</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Approve Reply</source>
        <translation>&amp;Утвердить ответ</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>&amp;Изменить статус…</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Set &amp;Follow-up Date…</source>
        <translation>&amp;Дата повторного контакта…</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Записать контакт…</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Prepare &amp;Appeal…</source>
        <translation>Подготовить ап&amp;елляцию…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About ReviewDesk</source>
        <translation>&amp;О программе ReviewDesk</translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <source>&lt;b&gt;Reply&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ответ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Templates for this review&apos;s category and language; choosing one writes the reply again</source>
        <translation>Шаблоны для категории и языка этого отзыва; выбор шаблона заново составляет ответ</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Replies are written in the buyer&apos;s language</source>
        <translation>Ответ пишется на языке покупателя</translation>
    </message>
    <message>
        <source>Characters used of the platform&apos;s reply limit (Settings)</source>
        <translation>Использовано символов из лимита ответа площадки (см. «Настройки»)</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <source>Write the reply in the buyer&apos;s language</source>
        <translation>Напишите ответ на языке покупателя</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>&amp;Копировать ответ</translation>
    </message>
    <message>
        <source>Copy to the clipboard and mark as exported (Ctrl+Shift+C)</source>
        <translation>Скопировать в буфер обмена и отметить как выгруженный (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>Approve the reply (Ctrl+Enter)</source>
        <translation>Утвердить ответ (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Weekly report — ReviewDesk</source>
        <translation>Еженедельный отчёт — ReviewDesk</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Предыдущая неделя (Alt+Left)</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>The report week (ISO week, UTC)</source>
        <translation>Неделя отчёта (неделя ISO, UTC)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Следующая неделя (Alt+Right)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Текущая неделя</translation>
    </message>
    <message>
        <source>Product or SKU</source>
        <translation>Товар или артикул</translation>
    </message>
    <message>
        <source>Trend:</source>
        <translation>Динамика:</translation>
    </message>
    <message>
        <source>Weeks shown in the trend chart</source>
        <translation>Сколько недель показывать на графике динамики</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> нед.</translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation>Оповещать при</translation>
    </message>
    <message>
        <source>A burst: at least this many complaints of one category on one product…</source>
        <translation>Всплеск: не меньше стольких жалоб одной категории на один товар…</translation>
    </message>
    <message>
        <source>complaints within</source>
        <translation>жалобах за</translation>
    </message>
    <message>
        <source>…within this many hours (at most a week)</source>
        <translation>…за столько часов (не больше недели)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Compute the report again (F5)</source>
        <translation>Пересчитать отчёт (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>How the team answered</source>
        <translation>Как отвечала команда</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Всплеск</translation>
    </message>
    <message>
        <source>Most frequent problem phrases this week</source>
        <translation>Самые частые фразы о проблемах за неделю</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Фраза</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Отзывов</translation>
    </message>
    <message>
        <source>Most on product</source>
        <translation>Чаще всего у товара</translation>
    </message>
</context>
<context>
    <name>RuleEditorWindow</name>
    <message>
        <source>Rule editor — ReviewDesk</source>
        <translation>Редактор правил — ReviewDesk</translation>
    </message>
    <message>
        <source>Re-classify the store</source>
        <translation>Переклассифицировать базу</translation>
    </message>
    <message>
        <source>Classify every stored review again with the saved rules (a person&apos;s corrections are kept)</source>
        <translation>Заново классифицировать все отзывы в базе по сохранённым правилам (ручные исправления сохраняются)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Filter by id, target or term</source>
        <translation>Фильтр по ID, цели или термину</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Add a rule to your rule file</source>
        <translation>Добавить правило в ваш файл правил</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Переопределить</translation>
    </message>
    <message>
        <source>Copy the built-in rule into your file, where your copy replaces it</source>
        <translation>Скопировать встроенное правило в ваш файл, где копия заменит его</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Switch the built-in rule off (or on again) in your file</source>
        <translation>Отключить встроенное правило (или снова включить) в вашем файле</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove your rule (a built-in rule it replaced applies again)</source>
        <translation>Удалить ваше правило (встроенное правило, которое оно заменяло, снова начнёт действовать)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>language.target.topic</source>
        <translation>language.target.topic</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Also &amp;votes for:</source>
        <translation>Также &amp;голосует за:</translation>
    </message>
    <message>
        <source>A flag rule may vote for a category as well, with the same weight</source>
        <translation>Правило флага может также голосовать за категорию с тем же весом</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Вес:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>T&amp;erms:</source>
        <translation>&amp;Термины:</translation>
    </message>
    <message>
        <source>One term per line: word, phrase, stem*, form{s,es}, a ... b</source>
        <translation>По одному термину в строке: слово, фраза, основа*, форма{s,es}, a ... b</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>Ис&amp;ключить:</translation>
    </message>
    <message>
        <source>A match inside one of these phrases does not count</source>
        <translation>Совпадение внутри одной из этих фраз не учитывается</translation>
    </message>
    <message>
        <source>Exclude in &amp;clause:</source>
        <translation>Исключить в &amp;предложении:</translation>
    </message>
    <message>
        <source>...nor one in a clause with one of these</source>
        <translation>...и совпадение в предложении, где есть одна из этих фраз</translation>
    </message>
    <message>
        <source>Exclude in re&amp;view:</source>
        <translation>Исключить в &amp;отзыве:</translation>
    </message>
    <message>
        <source>...nor any in a review with one of these</source>
        <translation>...и любые совпадения в отзыве, где есть одна из этих фраз</translation>
    </message>
    <message>
        <source>&amp;Negation cancels a match (&quot;not broken&quot;)</source>
        <translation>Отрицание от&amp;меняет совпадение («не сломался»)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Why this rule exists</source>
        <translation>Зачем нужно это правило</translation>
    </message>
    <message>
        <source>Problems of your rule file:</source>
        <translation>Ошибки в вашем файле правил:</translation>
    </message>
    <message>
        <source>Live test</source>
        <translation>Проверка на лету</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Заголовок (необязательно)</translation>
    </message>
    <message>
        <source>Stars: a 4–5 star review needs a clearer complaint</source>
        <translation>Звёзды: отзыву на 4–5 звёзд нужна более явная жалоба</translation>
    </message>
    <message>
        <source>Type or paste a review: the category, flags and matched words show as you type</source>
        <translation>Введите или вставьте отзыв: категория, флаги и найденные слова показываются по мере ввода</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Голос за</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Учтено</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка точности</translation>
    </message>
    <message>
        <source>Labelled CSV (id,category,also,suspicious,safety)</source>
        <translation>Размеченный CSV (id,category,also,suspicious,safety)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Оценить</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Разметка</translation>
    </message>
    <message>
        <source>Rules say</source>
        <translation>По правилам</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Правила</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Check your rules and save them to your rule file</source>
        <translation>Проверить правила и сохранить их в ваш файл правил</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Drop the changes since the last save</source>
        <translation>Отменить изменения с момента последнего сохранения</translation>
    </message>
    <message>
        <source>Re-&amp;classify the store…</source>
        <translation>&amp;Переклассифицировать базу…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
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
        <translation>Доб&amp;авить</translation>
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
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Everything in the queue can be done from the keyboard. Letters and digits act when the cursor is not in a text field.</source>
        <translation>Всё в очереди можно делать с клавиатуры. Буквы и цифры работают, когда курсор не в текстовом поле.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>TemplateEditSession</name>
    <message>
        <source>the user template file could not be read (%1)</source>
        <translation>не удалось прочитать файл шаблонов пользователя (%1)</translation>
    </message>
    <message>
        <source>The user template file could not be read: %1</source>
        <translation>Не удаётся прочитать файл шаблонов пользователя: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template id: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>«%1» — недопустимый ID шаблона: используйте буквы, цифры, «_», «.» и «-».</translation>
    </message>
    <message>
        <source>A template &quot;%1&quot; exists already.</source>
        <translation>Шаблон «%1» уже существует.</translation>
    </message>
    <message>
        <source>Choose a cell of the coverage grid first.</source>
        <translation>Сначала выберите ячейку в таблице покрытия.</translation>
    </message>
    <message>
        <source>The user template file cannot be read, so editing is off: %1. Fix or move the file, then reload.</source>
        <translation>Файл шаблонов пользователя не читается, поэтому редактирование отключено: %1. Исправьте или переместите файл, затем перечитайте его.</translation>
    </message>
    <message>
        <source>Line %1, position %2: %3</source>
        <translation>Строка %1, позиция %2: %3</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Сохранить нельзя: %1</translation>
    </message>
    <message>
        <source>✓ Every template checks out. Unsaved changes.</source>
        <translation>✓ Все шаблоны в порядке. Есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>✓ Every template checks out.</source>
        <translation>✓ Все шаблоны в порядке.</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 %2 (no limit)</source>
        <translation>%1 %2 (без ограничения)</translation>
    </message>
    <message>
        <source>Length with long values (a %1-character problem, a full signature): %2</source>
        <translation>Длина с длинными значениями (проблема в %1 символов, полная подпись): %2</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>превышен лимит</translation>
    </message>
    <message>
        <source>Built-in templates are read-only: &lt;i&gt;Copy to user file&lt;/i&gt; to change this one (the user file then overrides it).</source>
        <translation>Встроенные шаблоны доступны только для чтения: чтобы изменить этот, нажмите &lt;i&gt;Копировать в файл пользователя&lt;/i&gt; (тогда файл пользователя его переопределит).</translation>
    </message>
</context>
<context>
    <name>TemplateEditorWindow</name>
    <message>
        <source>Template editor — ReviewDesk</source>
        <translation>Редактор шаблонов — ReviewDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage&lt;/b&gt; — templates per category × language × platform; red cells get no draft</source>
        <translation>&lt;b&gt;Покрытие&lt;/b&gt; — шаблоны по категориям × языкам × площадкам; для красных ячеек черновика не будет</translation>
    </message>
    <message>
        <source>Template coverage</source>
        <translation>Покрытие шаблонами</translation>
    </message>
    <message>
        <source>Click a cell to list the templates that answer it</source>
        <translation>Щёлкните ячейку, чтобы увидеть шаблоны для неё</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Шаблоны&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Показать &amp;все</translation>
    </message>
    <message>
        <source>List every template, not only those of the chosen cell</source>
        <translation>Показать все шаблоны, а не только для выбранной ячейки</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Со&amp;здать…</translation>
    </message>
    <message>
        <source>A new template in the user file for the chosen cell</source>
        <translation>Новый шаблон в файле пользователя для выбранной ячейки</translation>
    </message>
    <message>
        <source>&amp;Copy to user file</source>
        <translation>&amp;Копировать в файл пользователя</translation>
    </message>
    <message>
        <source>Built-in templates are read-only: copy one to the user file to change it there</source>
        <translation>Встроенные шаблоны доступны только для чтения: скопируйте шаблон в файл пользователя, чтобы изменить его там</translation>
    </message>
    <message>
        <source>&amp;Remove from user file</source>
        <translation>&amp;Удалить из файла пользователя</translation>
    </message>
    <message>
        <source>Removes the user file&apos;s template; a built-in one it changed comes back</source>
        <translation>Удаляет шаблон из файла пользователя; встроенный шаблон, который он менял, вернётся</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>Вар&amp;иант:</translation>
    </message>
    <message>
        <source>Each review gets one variant, chosen by its id, so similar reviews get different wording</source>
        <translation>Каждый отзыв получает один вариант, выбранный по его ID, поэтому похожие отзывы получают разные формулировки</translation>
    </message>
    <message>
        <source>A&amp;dd variant</source>
        <translation>&amp;Добавить вариант</translation>
    </message>
    <message>
        <source>Remove varian&amp;t</source>
        <translation>Удалить ва&amp;риант</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Площадки:</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>Taobao</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>(none ticked: every platform)</source>
        <translation>(ничего не отмечено — все площадки)</translation>
    </message>
    <message>
        <source>&amp;Sub-reason:</source>
        <translation>&amp;Подпричина:</translation>
    </message>
    <message>
        <source>none: the category&apos;s general reply</source>
        <translation>пусто — общий ответ для категории</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Маски:</translation>
    </message>
    <message>
        <source>patterns, comma-separated: маломер*, *size*</source>
        <translation>маски через запятую: маломер*, *size*</translation>
    </message>
    <message>
        <source>R&amp;emedy:</source>
        <translation>Р&amp;ешение:</translation>
    </message>
    <message>
        <source>the value of {remedy} in this language, e.g. &quot;exchange it for a different size&quot;</source>
        <translation>значение {remedy} на этом языке, например «обменять на другой размер»</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <source>Type { to insert a variable; {name|fallback} when the value may be empty</source>
        <translation>Введите {, чтобы вставить переменную; {name|fallback} — если значение может быть пустым</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Review id (#123) or words to search</source>
        <translation>ID отзыва (#123) или слова для поиска</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Rece&amp;nt</source>
        <translation>&amp;Свежие</translation>
    </message>
    <message>
        <source>The newest reviews this template answers, in its language</source>
        <translation>Самые свежие отзывы на языке шаблона, на которые он отвечает</translation>
    </message>
    <message>
        <source>Reviews to preview</source>
        <translation>Отзывы для предпросмотра</translation>
    </message>
    <message>
        <source>Reply preview</source>
        <translation>Предпросмотр ответа</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Template editor toolbar</source>
        <translation>Панель инструментов редактора шаблонов</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Check every template and write the user template file</source>
        <translation>Проверить все шаблоны и записать файл шаблонов пользователя</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>&amp;Перечитать с диска</translation>
    </message>
    <message>
        <source>Forget unsaved changes and read the user template file again</source>
        <translation>Отбросить несохранённые изменения и заново прочитать файл шаблонов пользователя</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
</context>
<context>
    <name>rd::gui::ActivityPane</name>
    <message>
        <source>Reply drafted</source>
        <translation>Подготовлен черновик ответа</translation>
    </message>
    <message>
        <source>Reply edited</source>
        <translation>Ответ отредактирован</translation>
    </message>
    <message>
        <source>Reply approved</source>
        <translation>Ответ утверждён</translation>
    </message>
    <message>
        <source>Reply copied</source>
        <translation>Ответ скопирован</translation>
    </message>
    <message>
        <source>Reply posted</source>
        <translation>Ответ опубликован</translation>
    </message>
    <message>
        <source>Reply reopened</source>
        <translation>Ответ снова открыт для правки</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает решения</translation>
    </message>
    <message>
        <source>Removed by the marketplace</source>
        <translation>Удалён площадкой</translation>
    </message>
    <message>
        <source>Kept by the marketplace</source>
        <translation>Оставлен площадкой</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Контакты (%1)</translation>
    </message>
    <message>
        <source>Rating revised</source>
        <translation>Оценка изменена</translation>
    </message>
    <message>
        <source>Text revised</source>
        <translation>Текст изменён</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The marketplace did not name the buyer.</source>
        <translation>Площадка не указала покупателя.</translation>
    </message>
    <message numerus="yes">
        <source>%1 wrote %n other review(s).</source>
        <translation>
            <numerusform>У покупателя %1 ещё %n отзыв.</numerusform>
            <numerusform>У покупателя %1 ещё %n отзыва.</numerusform>
            <numerusform>У покупателя %1 ещё %n отзывов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote no other review.</source>
        <translation>Других отзывов у покупателя %1 нет.</translation>
    </message>
    <message>
        <source>Only a review flagged as suspicious (a threat, an advertisement, off-topic or abuse) can be appealed.</source>
        <translation>Обжаловать можно только отзыв с флагом «Подозрительный» (угроза, реклама, не по теме или оскорбления).</translation>
    </message>
    <message>
        <source>Appealed. Record what the marketplace decided.</source>
        <translation>Апелляция подана. Запишите решение площадки.</translation>
    </message>
    <message>
        <source>This review is flagged as suspicious. Prepare an appeal to ask the marketplace to remove it.</source>
        <translation>Отзыв отмечен как подозрительный. Подготовьте апелляцию, чтобы попросить площадку удалить его.</translation>
    </message>
</context>
<context>
    <name>rd::gui::AppealDialog</name>
    <message>
        <source>Paste this text into %1&apos;s “report a review” form. It is written in the marketplace&apos;s language (%2) and names the rule the review breaks.</source>
        <translation>Вставьте этот текст в форму жалобы на отзыв на %1. Он написан на языке площадки (%2) и называет правило, которое нарушает отзыв.</translation>
    </message>
    <message>
        <source>&amp;Copy and mark as appealed</source>
        <translation>&amp;Копировать и отметить как обжалованный</translation>
    </message>
    <message>
        <source>Extortion: a bad rating unless paid or refunded</source>
        <translation>Вымогательство: угроза плохой оценкой ради выплаты или возврата денег</translation>
    </message>
    <message>
        <source>Advertising a competitor, product or website</source>
        <translation>Реклама конкурента, товара или сайта</translation>
    </message>
    <message>
        <source>Not about the product or the order</source>
        <translation>Не относится к товару или заказу</translation>
    </message>
    <message>
        <source>Insults or obscenities with no substance</source>
        <translation>Оскорбления или нецензурная брань без сути претензии</translation>
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
        <translation>Рабочее место продавца маркетплейсов для работы с отзывами.</translation>
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
        <translation>Новые негативные</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Просроченные повторные контакты</translation>
    </message>
    <message>
        <source>Suspicious — appeal</source>
        <translation>Подозрительные — апелляция</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation>Ждём покупателя</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>Все отзывы</translation>
    </message>
</context>
<context>
    <name>rd::gui::CategoryStyle</name>
    <message>
        <source>Product quality</source>
        <translation>Качество товара</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>Сервис и поддержка</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation>Ждём покупателя</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>Review revised</source>
        <translation>Отзыв изменён</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Обжалован</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>Taobao</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Не определён</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Marketplace message</source>
        <translation>Сообщение на площадке</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>rd::gui::ChartClicks</name>
    <message numerus="yes">
        <source>%1: %n complaint(s) — click to open them in the queue</source>
        <translation>
            <numerusform>%1: %n жалоба — щёлкните, чтобы открыть в очереди</numerusform>
            <numerusform>%1: %n жалобы — щёлкните, чтобы открыть в очереди</numerusform>
            <numerusform>%1: %n жалоб — щёлкните, чтобы открыть в очереди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n complaint(s) this week — click to open them in the queue</source>
        <translation>
            <numerusform>%1: %n жалоба за неделю — щёлкните, чтобы открыть в очереди</numerusform>
            <numerusform>%1: %n жалобы за неделю — щёлкните, чтобы открыть в очереди</numerusform>
            <numerusform>%1: %n жалоб за неделю — щёлкните, чтобы открыть в очереди</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::CoverageModel</name>
    <message>
        <source>Thank-you (positive)</source>
        <translation>Благодарность (позитивные)</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Подозрительный</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n шаблон</numerusform>
            <numerusform>%n шаблона</numerusform>
            <numerusform>%n шаблонов</numerusform>
        </translation>
    </message>
    <message>
        <source>no template</source>
        <translation>нет шаблона</translation>
    </message>
    <message>
        <source>%1: no template. Reviews of this cell get no draft.</source>
        <translation>%1: нет шаблона. Отзывы этой ячейки останутся без черновика.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only sub-reason templates: reviews whose evidence matches none get no draft.</source>
        <translation>Только шаблоны для подпричин: отзывы, признаки которых не подходят ни к одному, останутся без черновика.</translation>
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
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Не классифицирован</translation>
    </message>
    <message>
        <source>No review selected</source>
        <translation>Отзыв не выбран</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Товар: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Заказ: %1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>Покупатель: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n other negative review(s))</source>
        <translation>
            <numerusform>(ещё %n негативный отзыв)</numerusform>
            <numerusform>(ещё %n негативных отзыва)</numerusform>
            <numerusform>(ещё %n негативных отзывов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat complainer</source>
        <translation>Жалуется не впервые</translation>
    </message>
    <message>
        <source>Automatic: %1, confidence %2%</source>
        <translation>Автоматически: %1, уверенность %2%</translation>
    </message>
    <message>
        <source>Not classified automatically yet</source>
        <translation>Ещё не классифицирован автоматически</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>также: %1</translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation>исправлено вручную</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>исправил(а) %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>First response after %1</source>
        <translation>Первый ответ через %1</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>решено через %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::EvaluationTask</name>
    <message>
        <source>%1 has no text column, and no database is open to look the reviews up in.</source>
        <translation>В %1 нет столбца с текстом, и не открыта база данных, где можно найти эти отзывы.</translation>
    </message>
</context>
<context>
    <name>rd::gui::EvaluationView</name>
    <message>
        <source>suspicious</source>
        <translation>подозрительный</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>безопасность</translation>
    </message>
    <message>
        <source>%1: %2 of %3 labelled reviews scored · accuracy %4 · macro-F1 %5 · category + also F1 %6</source>
        <translation>%1: оценено %2 из %3 размеченных отзывов · доля верных %4 · macro-F1 %5 · F1 по категории и «также» %6</translation>
    </message>
    <message numerus="yes">
        <source>%n labelled review(s) not found in the database and not scored, e.g. %1.</source>
        <translation>
            <numerusform>%n размеченный отзыв не найден в базе и не оценён, например %1.</numerusform>
            <numerusform>%n размеченных отзыва не найдены в базе и не оценены, например %1.</numerusform>
            <numerusform>%n размеченных отзывов не найдены в базе и не оценены, например %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no flag columns: the flags are not scored.</source>
        <translation>В файле нет столбцов флагов: флаги не оцениваются.</translation>
    </message>
    <message>
        <source>Cancelled: the figures cover the reviews done so far.</source>
        <translation>Отменено: цифры охватывают только уже обработанные отзывы.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Размечено</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Предсказано</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Flag: suspicious</source>
        <translation>Флаг «Подозрительный»</translation>
    </message>
    <message>
        <source>Flag: safety</source>
        <translation>Флаг «Безопасность»</translation>
    </message>
    <message>
        <source>labelled %1</source>
        <translation>разметка: %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::FilterBar</name>
    <message>
        <source>Search reviews  /</source>
        <translation>Поиск отзывов  /</translation>
    </message>
    <message>
        <source>Words in any language; Chinese is found by two-character pieces</source>
        <translation>Слова на любом языке; китайский текст ищется по парам иероглифов</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Любая оценка</translation>
    </message>
    <message>
        <source>Negative (1–2★)</source>
        <translation>Негативные (1–2★)</translation>
    </message>
    <message>
        <source>Neutral (3★)</source>
        <translation>Нейтральные (3★)</translation>
    </message>
    <message>
        <source>Positive (4–5★)</source>
        <translation>Позитивные (4–5★)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Подозрительный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>За последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>За последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>За последние 90 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>В этом году</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Apply range</source>
        <translation>Применить период</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Product or SKU</source>
        <translation>Товар или артикул</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Названия через запятую</translation>
    </message>
    <message>
        <source>Overdue follow-ups only</source>
        <translation>Только просроченные повторные контакты</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Ещё не классифицированные</translation>
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
    <message>
        <source>Waiting for another program to finish writing to the database…</source>
        <translation>Ожидание, пока другая программа закончит запись в базу данных…</translation>
    </message>
</context>
<context>
    <name>rd::gui::LiveTestPanel</name>
    <message>
        <source>No stars</source>
        <translation>Без оценки</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n звезда</numerusform>
            <numerusform>%n звезды</numerusform>
            <numerusform>%n звёзд</numerusform>
        </translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>подозрительный</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>безопасность</translation>
    </message>
    <message>
        <source>Review %1 is labelled: %2%3</source>
        <translation>Разметка отзыва %1: %2%3</translation>
    </message>
    <message>
        <source>The rules are being compiled…</source>
        <translation>Правила компилируются…</translation>
    </message>
    <message>
        <source>Type a review above to see how the rules classify it.</source>
        <translation>Введите отзыв выше, чтобы увидеть, как его классифицируют правила.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Category:&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2 &amp;nbsp; &lt;b&gt;Also:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Flags:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Confidence:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Категория:&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2 &amp;nbsp; &lt;b&gt;Также:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Флаги:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Уверенность:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>учтено</translation>
    </message>
    <message>
        <source>negated by %1</source>
        <translation>отменено отрицанием «%1»</translation>
    </message>
    <message>
        <source>excluded by %1</source>
        <translation>исключено из-за «%1»</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>внутри «%1»</translation>
    </message>
    <message>
        <source>%1 (title)</source>
        <translation>%1 (заголовок)</translation>
    </message>
    <message>
        <source>Term: %1</source>
        <translation>Термин: %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message>
        <source>%1 in the queue</source>
        <translation>В очереди: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation>Не удалось прочитать очередь</translation>
    </message>
    <message>
        <source>Search index: error</source>
        <translation>Поисковый индекс: ошибка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>About ReviewDesk</source>
        <translation>О программе ReviewDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReviewDesk %1&lt;/b&gt;&lt;p&gt;Review management for marketplace sellers: triage, replies, follow-ups and weekly reports.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ReviewDesk %1&lt;/b&gt;&lt;p&gt;Работа с отзывами для продавцов маркетплейсов: разбор, ответы, повторные контакты и еженедельные отчёты.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Изменение не сохранено</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>%1 — ReviewDesk</source>
        <translation>%1 — ReviewDesk</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>ReviewDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы ReviewDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation>Отзывов: %1</translation>
    </message>
    <message>
        <source>%1 new negative</source>
        <translation>Новых негативных: %1</translation>
    </message>
    <message>
        <source>Indexing for search %1%</source>
        <translation>Индексация для поиска: %1%</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <source>Name of the view (the current filters are saved with it):</source>
        <translation>Название представления (текущие фильтры сохраняются вместе с ним):</translation>
    </message>
    <message>
        <source>The view was not saved</source>
        <translation>Представление не сохранено</translation>
    </message>
    <message>
        <source>Change a filter or choose a view to leave this selection</source>
        <translation>Измените фильтр или выберите представление, чтобы выйти из этой выборки</translation>
    </message>
</context>
<context>
    <name>rd::gui::ManagerWindows</name>
    <message>
        <source>Weekly &amp;report</source>
        <translation>&amp;Еженедельный отчёт</translation>
    </message>
    <message>
        <source>Complaint causes per week, top products and phrases, response figures, alerts</source>
        <translation>Причины жалоб по неделям, топ товаров и фраз, показатели ответов, оповещения</translation>
    </message>
    <message>
        <source>R&amp;ule editor</source>
        <translation>&amp;Редактор правил</translation>
    </message>
    <message>
        <source>Edit and test the classification rules</source>
        <translation>Редактирование и проверка правил классификации</translation>
    </message>
    <message>
        <source>&amp;Template editor</source>
        <translation>Редактор &amp;шаблонов</translation>
    </message>
    <message>
        <source>Edit and preview the reply templates</source>
        <translation>Редактирование и предпросмотр шаблонов ответов</translation>
    </message>
</context>
<context>
    <name>rd::gui::QueueModel</name>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Подозрительный</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n мес.</numerusform>
            <numerusform>%n мес.</numerusform>
            <numerusform>%n мес.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n г.</numerusform>
            <numerusform>%n г.</numerusform>
            <numerusform>%n л.</numerusform>
        </translation>
    </message>
    <message>
        <source>negative</source>
        <translation>негативный</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>нейтральный</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>позитивный</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Давность</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повт. контакт</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Этот столбец нельзя сортировать</translation>
    </message>
    <message>
        <source>No publication date</source>
        <translation>Нет даты публикации</translation>
    </message>
    <message>
        <source>Set by a person (automatic: %1)</source>
        <translation>Задана вручную (автоматически: %1)</translation>
    </message>
    <message>
        <source>Set by a person</source>
        <translation>Задана вручную</translation>
    </message>
    <message>
        <source>Automatic (confidence %1%)</source>
        <translation>Автоматически (уверенность %1%)</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Ещё не классифицирован</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Всплеск</translation>
    </message>
    <message>
        <source>Part of a burst: many complaints of one category on this product in a short time (Weekly report, Alerts)</source>
        <translation>Часть всплеска: много жалоб одной категории на этот товар за короткое время (см. «Еженедельный отчёт» → «Оповещения»)</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReclassifyTask</name>
    <message>
        <source>The saved rule file was rejected:%1</source>
        <translation>Сохранённый файл правил отклонён:%1</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReplyPane</name>
    <message>
        <source>Own text</source>
        <translation>Свой текст</translation>
    </message>
    <message>
        <source>Set a category to get a reply draft</source>
        <translation>Задайте категорию, чтобы получить черновик ответа</translation>
    </message>
    <message>
        <source>No template fits this review: write the reply</source>
        <translation>Для этого отзыва нет подходящего шаблона: напишите ответ сами</translation>
    </message>
    <message>
        <source>Replace the reply?</source>
        <translation>Заменить ответ?</translation>
    </message>
    <message>
        <source>The reply was edited or already approved. Replace it with the template&apos;s text? (Ctrl+Z brings it back.)</source>
        <translation>Ответ был отредактирован или уже утверждён. Заменить его текстом шаблона? (Ctrl+Z вернёт прежний текст.)</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Имя покупателя</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your title</source>
        <translation>Ваша должность</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>What you offer</source>
        <translation>Что вы предлагаете</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата повторного контакта</translation>
    </message>
    <message>
        <source>Type it here: it replaces {%1} in the reply</source>
        <translation>Введите здесь: это заменит {%1} в ответе</translation>
    </message>
    <message>
        <source>Draft, edited</source>
        <translation>Черновик, отредактирован</translation>
    </message>
    <message>
        <source>Draft from template</source>
        <translation>Черновик по шаблону</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>Copied for posting</source>
        <translation>Скопирован для публикации</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>There is no reply yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <source>Fill in “%1” before copying the reply.</source>
        <translation>Заполните «%1», прежде чем копировать ответ.</translation>
    </message>
    <message>
        <source>Fill in “%1” before approving the reply.</source>
        <translation>Заполните «%1», прежде чем утверждать ответ.</translation>
    </message>
    <message>
        <source>Reply copied: paste it into the marketplace&apos;s reply box.</source>
        <translation>Ответ скопирован: вставьте его в поле ответа на площадке.</translation>
    </message>
    <message>
        <source>The reply is already approved.</source>
        <translation>Ответ уже утверждён.</translation>
    </message>
    <message>
        <source>Reply approved.</source>
        <translation>Ответ утверждён.</translation>
    </message>
    <message>
        <source>The draft was not saved: the database was busy</source>
        <translation>Черновик не сохранён: база данных была занята</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReportExports</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReportPanels</name>
    <message>
        <source>Click a row to open its complaints in the queue (the Last week column: last week&apos;s)</source>
        <translation>Щёлкните строку, чтобы открыть её жалобы в очереди (в столбце «Прошлая неделя» — жалобы прошлой недели)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>Все жалобы</translation>
    </message>
    <message>
        <source>Phrase (rule term)</source>
        <translation>Фраза (термин правила)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Отзывов</translation>
    </message>
    <message>
        <source>Most on product</source>
        <translation>Чаще всего у товара</translation>
    </message>
    <message>
        <source>Complaints of this category this week</source>
        <translation>Жалобы этой категории за неделю</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>No matched phrases this week</source>
        <translation>За эту неделю совпадений по фразам нет</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n complaint(s), %3 – %4</source>
        <translation>
            <numerusform>%1 · %2: %n жалоба, %3 – %4</numerusform>
            <numerusform>%1 · %2: %n жалобы, %3 – %4</numerusform>
            <numerusform>%1 · %2: %n жалоб, %3 – %4</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 within %2 h (UTC times). Click to open these reviews in the queue.</source>
        <translation>Пик: %1 за %2 ч (время UTC). Щёлкните, чтобы открыть эти отзывы в очереди.</translation>
    </message>
    <message>
        <source>No bursts this week.</source>
        <translation>За эту неделю всплесков нет.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>all weeks shown</source>
        <translation>все показанные недели</translation>
    </message>
    <message>
        <source>Rule term: %1
Grouped as “%2”; click to open these reviews</source>
        <translation>Термин правила: %1
Сгруппировано как «%2»; щёлкните, чтобы открыть эти отзывы</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReportWindow</name>
    <message>
        <source>Week as PDF (one page)…</source>
        <translation>Неделя в PDF (одна страница)…</translation>
    </message>
    <message>
        <source>Week as PNG image…</source>
        <translation>Неделя в PNG…</translation>
    </message>
    <message>
        <source>Trend chart as PNG…</source>
        <translation>График динамики в PNG…</translation>
    </message>
    <message>
        <source>This week against last week as PNG…</source>
        <translation>Сравнение с прошлой неделей в PNG…</translation>
    </message>
    <message>
        <source>Top products chart as PNG…</source>
        <translation>Диаграмма «Топ товаров» в PNG…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>Данные в CSV…</translation>
    </message>
    <message>
        <source>Numbers as Excel workbook (XLSX)…</source>
        <translation>Данные в Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Weekly report — %1 — ReviewDesk</source>
        <translation>Еженедельный отчёт — %1 — ReviewDesk</translation>
    </message>
    <message>
        <source>These settings cannot make a report: %1</source>
        <translation>С этими настройками отчёт не построить: %1</translation>
    </message>
    <message>
        <source>Computing the report for %1…</source>
        <translation>Расчёт отчёта за %1…</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Не удалось рассчитать отчёт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n complaint(s) · computed in %2 ms · click a bar, a row, a phrase or an alert to open its reviews in the queue</source>
        <translation>
            <numerusform>%1: %n жалоба · рассчитано за %2 мс · щёлкните столбик диаграммы, строку, фразу или оповещение, чтобы открыть отзывы в очереди</numerusform>
            <numerusform>%1: %n жалобы · рассчитано за %2 мс · щёлкните столбик диаграммы, строку, фразу или оповещение, чтобы открыть отзывы в очереди</numerusform>
            <numerusform>%1: %n жалоб · рассчитано за %2 мс · щёлкните столбик диаграммы, строку, фразу или оповещение, чтобы открыть отзывы в очереди</numerusform>
        </translation>
    </message>
    <message>
        <source>last week: %1</source>
        <translation>на прошлой неделе: %1</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Медиана первого ответа</translation>
    </message>
    <message>
        <source>Answered within %1 h</source>
        <translation>Ответ в течение %1 ч</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Rating revised upward</source>
        <translation>Оценка повышена</translation>
    </message>
    <message>
        <source>Alerts (%1) · %2+ complaints of one category on one product within %3 h</source>
        <translation>Оповещения (%1) · от %2 жалоб одной категории на один товар за %3 ч</translation>
    </message>
    <message>
        <source>No reviews behind %1.</source>
        <translation>Для %1 нет отзывов.</translation>
    </message>
    <message numerus="yes">
        <source>Report: %1 (%n review(s))</source>
        <translation>
            <numerusform>Отчёт: %1 (%n отзыв)</numerusform>
            <numerusform>Отчёт: %1 (%n отзыва)</numerusform>
            <numerusform>Отчёт: %1 (%n отзывов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alert: %1 · %2 (%n review(s))</source>
        <translation>
            <numerusform>Оповещение: %1 · %2 (%n отзыв)</numerusform>
            <numerusform>Оповещение: %1 · %2 (%n отзыва)</numerusform>
            <numerusform>Оповещение: %1 · %2 (%n отзывов)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Пока нет отчёта для экспорта.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
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
        <source>Shops found in the database</source>
        <translation>Магазины из базы данных</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReviewActions</name>
    <message>
        <source>Set category to %1</source>
        <translation>Задать категорию «%1»</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>Подозрительный</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Поставить флаг «%1»</translation>
    </message>
    <message>
        <source>Clear the %1 flag</source>
        <translation>Снять флаг «%1»</translation>
    </message>
    <message>
        <source>Reset to the automatic classification</source>
        <translation>Вернуть автоматическую классификацию</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <source>Edit reply</source>
        <translation>Правка ответа</translation>
    </message>
    <message>
        <source>Approve reply</source>
        <translation>Утвердить ответ</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Копировать ответ</translation>
    </message>
    <message>
        <source>Mark reply as posted</source>
        <translation>Отметить ответ как опубликованный</translation>
    </message>
    <message>
        <source>Reopen reply</source>
        <translation>Вернуть ответ в работу</translation>
    </message>
    <message>
        <source>Set follow-up date</source>
        <translation>Задать дату повторного контакта</translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation>Убрать дату повторного контакта</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Задать статус «%1»</translation>
    </message>
    <message>
        <source>Record appeal outcome</source>
        <translation>Записать решение по апелляции</translation>
    </message>
    <message>
        <source>You cancelled the change while another program was writing to the database.</source>
        <translation>Вы отменили изменение во время записи в базу другой программой.</translation>
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
        <translation>флаг «Безопасность»</translation>
    </message>
    <message>
        <source>suspicious flag</source>
        <translation>флаг «Подозрительный»</translation>
    </message>
    <message>
        <source>Rule %1 → %2</source>
        <translation>Правило %1 → %2</translation>
    </message>
    <message>
        <source>Term: %1</source>
        <translation>Термин: %1</translation>
    </message>
    <message>
        <source>Not counted: negated in the text</source>
        <translation>Не учтено: в тексте отрицание</translation>
    </message>
</context>
<context>
    <name>rd::gui::RuleBrowser</name>
    <message>
        <source>yours, replaces built-in</source>
        <translation>ваше, заменяет встроенное</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>ваше</translation>
    </message>
    <message>
        <source>built-in, switched off</source>
        <translation>встроенное, отключено</translation>
    </message>
    <message>
        <source>built-in, replaced by yours</source>
        <translation>встроенное, заменено вашим</translation>
    </message>
    <message>
        <source>built-in (%1)</source>
        <translation>встроенное (%1)</translation>
    </message>
</context>
<context>
    <name>rd::gui::RuleEditorWindow</name>
    <message>
        <source>Not evaluated: %1</source>
        <translation>Оценка не выполнена: %1</translation>
    </message>
    <message>
        <source>Re-classifying the store: %1 of %2 reviews…</source>
        <translation>Переклассификация отзывов в базе: %1 из %2…</translation>
    </message>
    <message>
        <source>The store was not re-classified: %1</source>
        <translation>Отзывы в базе не переклассифицированы: %1</translation>
    </message>
    <message>
        <source>Rule editor — ReviewDesk</source>
        <translation>Редактор правил — ReviewDesk</translation>
    </message>
    <message>
        <source>%1:%2 — the file is not valid JSON and cannot be edited here. Saving replaces it with the rules shown.</source>
        <translation>%1:%2 — файл не является корректным JSON, и здесь его не отредактировать. При сохранении он будет заменён показанными правилами.</translation>
    </message>
    <message>
        <source>Choose a rule on the left, or add one with New.</source>
        <translation>Выберите правило слева или добавьте новое кнопкой «Создать».</translation>
    </message>
    <message>
        <source>Built-in rule, replaced by your rule of the same id.</source>
        <translation>Встроенное правило, заменённое вашим правилом с тем же ID.</translation>
    </message>
    <message>
        <source>Built-in rule (read-only): Override copies it into your file to change it; Switch off turns it off.</source>
        <translation>Встроенное правило (только чтение): «Переопределить» копирует его в ваш файл для изменения, «Отключить» выключает его.</translation>
    </message>
    <message>
        <source>Your rule: changes apply to the live test at once and to the program when saved.</source>
        <translation>Ваше правило: изменения сразу применяются к проверке на лету, а к программе — после сохранения.</translation>
    </message>
    <message>
        <source>Rules %1: %2 rules, %3 terms, compiled in %4 ms.</source>
        <translation>Правила %1: правил — %2, терминов — %3, скомпилировано за %4 мс.</translation>
    </message>
    <message>
        <source>Your rules have errors (listed under the form): the live test uses the last rules that compiled.</source>
        <translation>В ваших правилах есть ошибки (список под формой): проверка на лету использует последние успешно скомпилированные правила.</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>правило %1</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the rule file has %n error(s); nothing was written. %1</source>
        <translation>
            <numerusform>Не сохранено: в файле правил %n ошибка, ничего не записано. %1</numerusform>
            <numerusform>Не сохранено: в файле правил %n ошибки, ничего не записано. %1</numerusform>
            <numerusform>Не сохранено: в файле правил %n ошибок, ничего не записано. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Не сохранено: %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. New imports use these rules.</source>
        <translation>Сохранено в %1. Новые импорты используют эти правила.</translation>
    </message>
    <message>
        <source>Saved to %1. New imports use these rules; re-classify the store to apply them to the stored reviews.</source>
        <translation>Сохранено в %1. Новые импорты используют эти правила; чтобы применить их к отзывам в базе, переклассифицируйте базу.</translation>
    </message>
    <message>
        <source>Changes dropped: the saved rule file is shown again.</source>
        <translation>Изменения отменены: снова показан сохранённый файл правил.</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Labelled reviews</source>
        <translation>Размеченные отзывы</translation>
    </message>
    <message>
        <source>Labelled CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Размеченный CSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a labelled CSV first.</source>
        <translation>Сначала выберите размеченный CSV.</translation>
    </message>
    <message>
        <source>Compiling the rules…</source>
        <translation>Компиляция правил…</translation>
    </message>
    <message>
        <source>Not evaluated: your rules have errors (listed under the form). Fix them first.</source>
        <translation>Оценка не выполнена: в ваших правилах есть ошибки (список под формой). Сначала исправьте их.</translation>
    </message>
    <message>
        <source>Evaluating %1…</source>
        <translation>Оценка %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Save your rules first: the store is re-classified with the saved rule file.</source>
        <translation>Сначала сохраните правила: база переклассифицируется по сохранённому файлу правил.</translation>
    </message>
    <message>
        <source>Re-classifying the store…</source>
        <translation>Переклассификация отзывов в базе…</translation>
    </message>
    <message>
        <source>Re-classification cancelled: %1 of %2 reviews have the new results (rules %3).</source>
        <translation>Переклассификация отменена: новые результаты получили %1 из %2 отзывов (правила %3).</translation>
    </message>
    <message numerus="yes">
        <source>Re-classified %n review(s) with rules %1. A person&apos;s corrections were kept.</source>
        <translation>
            <numerusform>Переклассифицирован %n отзыв по правилам %1. Ручные исправления сохранены.</numerusform>
            <numerusform>Переклассифицировано %n отзыва по правилам %1. Ручные исправления сохранены.</numerusform>
            <numerusform>Переклассифицировано %n отзывов по правилам %1. Ручные исправления сохранены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::RuleFormBinder</name>
    <message>
        <source>nothing else</source>
        <translation>ни за что больше</translation>
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
        <translation>Очередь</translation>
    </message>
    <message>
        <source>↓ / ↑</source>
        <translation>↓ / ↑</translation>
    </message>
    <message>
        <source>Next / previous review</source>
        <translation>Следующий / предыдущий отзыв</translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation>Page Down / Page Up</translation>
    </message>
    <message>
        <source>A screen further / back</source>
        <translation>На экран вперёд / назад</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last review</source>
        <translation>Первый / последний отзыв</translation>
    </message>
</context>
<context>
    <name>rd::gui::TemplateEditorWindow</name>
    <message>
        <source>Templates not saved</source>
        <translation>Шаблоны не сохранены</translation>
    </message>
    <message>
        <source>The database cannot be read for previews: %1</source>
        <translation>Не удаётся прочитать базу данных для предпросмотра: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) without a template</source>
        <translation>
            <numerusform>%n ячейка без шаблона</numerusform>
            <numerusform>%n ячейки без шаблона</numerusform>
            <numerusform>%n ячеек без шаблона</numerusform>
        </translation>
    </message>
    <message>
        <source>every cell has a template</source>
        <translation>у каждой ячейки есть шаблон</translation>
    </message>
    <message>
        <source>Choose a template in the list.</source>
        <translation>Выберите шаблон в списке.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <translation>%1 (нет)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>none yet: type to add one</source>
        <translation>пока нет — начните вводить, чтобы добавить</translation>
    </message>
    <message>
        <source>%1 is in the user file now: what you change there overrides the built-in template.</source>
        <translation>%1 теперь в файле пользователя: изменения в нём переопределяют встроенный шаблон.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>A new template in the user file for %1, %2, %3.
Its id (letters, digits, _ . -):</source>
        <translation>Новый шаблон в файле пользователя для: %1, %2, %3.
Его ID (буквы, цифры, _ . -):</translation>
    </message>
    <message>
        <source>No new template</source>
        <translation>Шаблон не создан</translation>
    </message>
    <message>
        <source>No review matches &quot;%1&quot;.</source>
        <translation>Нет отзывов, подходящих под «%1».</translation>
    </message>
    <message>
        <source>Fix the template to preview it.</source>
        <translation>Исправьте шаблон, чтобы увидеть предпросмотр.</translation>
    </message>
    <message>
        <source>Template editor — %1[*] — ReviewDesk</source>
        <translation>Редактор шаблонов — %1[*] — ReviewDesk</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Unsaved template changes</source>
        <translation>Несохранённые изменения шаблонов</translation>
    </message>
    <message>
        <source>Save the changes to the user template file?</source>
        <translation>Сохранить изменения в файл шаблонов пользователя?</translation>
    </message>
</context>
<context>
    <name>rd::gui::TemplateListModel</name>
    <message>
        <source>Built-in (read-only)</source>
        <translation>Встроенный (только чтение)</translation>
    </message>
    <message>
        <source>User file</source>
        <translation>Файл пользователя</translation>
    </message>
    <message>
        <source>User file over built-in</source>
        <translation>Файл пользователя (вместо встроенного)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Variants: Chinese %1, Russian %2, English %3</source>
        <translation>Варианты: китайский — %1, русский — %2, английский — %3</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Отвечает на</translation>
    </message>
    <message>
        <source>Sub-reason</source>
        <translation>Подпричина</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>zh · ru · en</source>
        <translation>zh · ru · en</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>rd::gui::TemplatePreview</name>
    <message>
        <source>Review %1 is not in the database.</source>
        <translation>Отзыва %1 нет в базе данных.</translation>
    </message>
    <message>
        <source>No reply: %1.</source>
        <translation>Нет ответа: %1.</translation>
    </message>
    <message>
        <source>Open a database in the main window to preview replies.</source>
        <translation>Откройте базу данных в главном окне, чтобы просматривать ответы.</translation>
    </message>
    <message>
        <source>Choose a review above (Recent lists the newest this template answers).</source>
        <translation>Выберите отзыв выше (кнопка «Свежие» покажет самые новые отзывы, на которые отвечает этот шаблон).</translation>
    </message>
    <message>
        <source>%1/%2 characters</source>
        <translation>%1/%2 символов</translation>
    </message>
    <message>
        <source>%1 characters (no limit)</source>
        <translation>символов: %1 (без ограничения)</translation>
    </message>
    <message>
        <source>needs input: %1</source>
        <translation>нужно заполнить: %1</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>превышен лимит</translation>
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
        <translation>%1 — отзывов: %2</translation>
    </message>
    <message>
        <source>%1: counting…</source>
        <translation>%1: подсчёт…</translation>
    </message>
</context>
<context>
    <name>rd::gui::ViewsPane</name>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Сохранить текущий фильтр как представление</translation>
    </message>
    <message>
        <source>Delete the selected saved view</source>
        <translation>Удалить выбранное сохранённое представление</translation>
    </message>
    <message>
        <source>This view cannot be read: %1</source>
        <translation>Не удаётся прочитать представление: %1</translation>
    </message>
    <message>
        <source>Cancelled while another program was writing to the database.</source>
        <translation>Отменено во время записи в базу другой программой.</translation>
    </message>
    <message>
        <source>The view was not deleted</source>
        <translation>Представление не удалено</translation>
    </message>
</context>
<context>
    <name>rd::gui::WriteRetry</name>
    <message>
        <source>Waiting for the database</source>
        <translation>Ожидание базы данных</translation>
    </message>
    <message>
        <source>Another program (an import?) is writing to this database. Your change will be saved as soon as it finishes.</source>
        <translation>Другая программа (импорт?) записывает данные в эту базу. Ваше изменение будет сохранено, как только она закончит.</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Отменить изменение</translation>
    </message>
</context>
</TS>
