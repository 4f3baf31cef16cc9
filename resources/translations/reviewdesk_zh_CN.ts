<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
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
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReviewDesk — %1</source>
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
</TS>
