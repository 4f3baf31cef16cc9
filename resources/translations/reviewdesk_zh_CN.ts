<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">评分</translation>
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
        <translation type="unfinished">评价内容</translation>
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
        <translation>导入评价</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D):</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>首行为表头(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P):</translation>
    </message>
    <message>
        <source>Platform of rows that do not name one</source>
        <translation>未注明平台的行归入此平台</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>店铺(&amp;S):</translation>
    </message>
    <message>
        <source>Shop of rows that do not name one</source>
        <translation>未注明店铺的行归入此店铺</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>跳过的行：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
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
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N):</translation>
    </message>
    <message>
        <source>Signs replies and contact-log entries</source>
        <translation>用于回复署名和联系记录</translation>
    </message>
    <message>
        <source>Your &amp;title:</source>
        <translation>您的职务(&amp;T):</translation>
    </message>
    <message>
        <source>e.g. Customer care manager</source>
        <translation>例如：客服主管</translation>
    </message>
    <message>
        <source>&amp;Shops:</source>
        <translation>店铺(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;First response within:</source>
        <translation>首次响应时限(&amp;F):</translation>
    </message>
    <message>
        <source>A new negative review not answered within this time counts as overdue.</source>
        <translation>新的差评在此时限内未处理即视为超时。</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L):</translation>
    </message>
    <message>
        <source>The new language is used from the next start of ReviewDesk.</source>
        <translation>新的界面语言将在下次启动 ReviewDesk 时生效。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Current database:</source>
        <translation>当前数据库：</translation>
    </message>
    <message>
        <source>&amp;Recent databases:</source>
        <translation>最近使用的数据库(&amp;R):</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>打开所选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open other…</source>
        <translation>打开其他(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Longest reply each marketplace accepts. The reply editor counts characters against it and warns when a reply is longer.</source>
        <translation>各平台允许的最长回复。回复编辑器会据此计数，超出时给出提醒。</translation>
    </message>
    <message>
        <source>&amp;Ozon:</source>
        <translation>&amp;Ozon:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 字</translation>
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
        <translation>淘宝 / 天猫 / 京东(&amp;T):</translation>
    </message>
    <message>
        <source>O&amp;ther platforms:</source>
        <translation>其他平台(&amp;H):</translation>
    </message>
    <message>
        <source>Restore &amp;default limits</source>
        <translation>恢复默认限制(&amp;D)</translation>
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
        <translation>正在准备示例评价…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>ReviewDesk</source>
        <translation>ReviewDesk</translation>
    </message>
    <message>
        <source>Review-management workbench for marketplace sellers.</source>
        <translation>面向电商卖家的评价管理工作台。</translation>
    </message>
    <message>
        <source>Open the database, wait until its first rows are shown and exit (exit code 0 when that worked).</source>
        <translation>打开数据库，等待显示出首批评价后退出（成功时退出码为 0）。</translation>
    </message>
    <message>
        <source>Database file to open (created when missing). Default: the last one used.</source>
        <translation>要打开的数据库文件（不存在时自动创建）。默认：上次使用的数据库。</translation>
    </message>
    <message>
        <source>The demo reviews could not be set up; starting with an empty database.

%1</source>
        <translation>无法准备示例评价，将以空数据库启动。

%1</translation>
    </message>
    <message>
        <source>Review files to import into it (.csv, .tsv, .txt, .json, .jsonl).</source>
        <translation>要导入该数据库的评价文件（.csv、.tsv、.txt、.json、.jsonl）。</translation>
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
        <translation type="unfinished">其他</translation>
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
        <translation>无法导入示例评价：%1</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The demo reviews are missing from this build (%1).</source>
        <translation>此版本缺少示例评价（%1）。</translation>
    </message>
</context>
<context>
    <name>rd::gui::DetailPane</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
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
        <translation type="unfinished">平台</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">评分</translation>
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
        <translation type="unfinished">日期</translation>
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
        <translation type="unfinished">店铺</translation>
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
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…另有 %1 行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>以文件为准</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>导入评价</translation>
    </message>
    <message>
        <source>Review files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)</source>
        <translation>评价文件 (*.csv *.tsv *.txt *.json *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Read as %1, %2, columns separated by %3.</source>
        <translation>按 %1 读取，编码 %2，列分隔符：%3。</translation>
    </message>
    <message>
        <source>Read as %1, %2.</source>
        <translation>按 %1 读取，编码 %2。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) read without problems.</source>
        <translation>
            <numerusform>前 %n 行读取无误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the first %n row(s), these would be skipped:</source>
        <translation>
            <numerusform>前 %n 行中，以下行将被跳过：</numerusform>
        </translation>
    </message>
    <message>
        <source>The review field this column feeds</source>
        <translation>此列对应的评价字段</translation>
    </message>
    <message>
        <source>The fields of this format are fixed</source>
        <translation>此格式的字段是固定的</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) read</source>
        <translation>
            <numerusform>已读取 %n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. Files finished before that are stored.</source>
        <translation>导入已取消。取消前已完成的文件已保存。</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1：未导入：%2</translation>
    </message>
    <message>
        <source>%1: not started.</source>
        <translation>%1：未开始。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>%n new review(s) classified, %1 reply draft(s) written.</source>
        <translation>
            <numerusform>已为 %n 条新评价分类，生成回复草稿 %1 份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ImportLabels</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Review ID</source>
        <translation>评价 ID</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>买家 ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>好评/差评</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Review text</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Keep as extra field</source>
        <translation>保留为附加字段</translation>
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
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Ozon</source>
        <translation>Ozon</translation>
    </message>
    <message>
        <source>Amazon</source>
        <translation>亚马逊</translation>
    </message>
    <message>
        <source>Taobao / Tmall / JD</source>
        <translation>淘宝 / 天猫 / 京东</translation>
    </message>
    <message>
        <source>Wildberries</source>
        <translation>Wildberries</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 read: %2 added, %3 updated, %4 revised, %5 unchanged, %6 skipped.</source>
        <translation>读取 %1 条：新增 %2，更新 %3，修改 %4，无变化 %5，跳过 %6。</translation>
    </message>
    <message>
        <source>Cancelled: nothing from this file was stored.</source>
        <translation>已取消：此文件的内容均未保存。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Failed, nothing stored: %1</source>
        <translation>失败，未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>rd::gui::ImportTask</name>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Indexing the new reviews for search…</source>
        <translation>正在为新评价建立搜索索引…</translation>
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
        <translation type="unfinished">打开数据库</translation>
    </message>
    <message>
        <source>ReviewDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished">ReviewDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation type="unfinished">
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
        <translation type="unfinished">平台</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">评分</translation>
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
        <translation type="unfinished">商品</translation>
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
        <translation type="unfinished">商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished">SKU</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished">店铺</translation>
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
        <translation>您的规则文件有错误，已改用内置规则。</translation>
    </message>
    <message>
        <source>Classifying the new reviews…</source>
        <translation>正在为新评价分类…</translation>
    </message>
    <message>
        <source>Your template file has errors; the built-in templates were used.</source>
        <translation>您的模板文件有错误，已改用内置模板。</translation>
    </message>
    <message>
        <source>Writing reply drafts…</source>
        <translation>正在生成回复草稿…</translation>
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
        <translation>ReviewDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（文件不存在）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>新店铺</translation>
    </message>
    <message>
        <source>Select a database in the list first.</source>
        <translation>请先在列表中选择一个数据库。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with &quot;Open other…&quot;.</source>
        <translation>%1 已存在。请换一个文件名，或通过“打开其他…”打开它。</translation>
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
        <translation>ReviewDesk 用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本缺少用户指南。</translation>
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
