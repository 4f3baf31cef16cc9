<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityPane</name>
    <message>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供方案</translation>
    </message>
    <message>
        <source>Buyer&apos;s answer</source>
        <translation>买家答复</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Double-click to open the review</source>
        <translation>双击打开该评价</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>&amp;Prepare appeal…</source>
        <translation>准备申诉(&amp;P)…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Prepare appeal</source>
        <translation>准备申诉</translation>
    </message>
    <message>
        <source>&amp;Rule broken</source>
        <translation>违反的规则(&amp;R)</translation>
    </message>
    <message>
        <source>Appeal text</source>
        <translation>申诉内容</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>提供方案(&amp;O)</translation>
    </message>
    <message>
        <source>Refund, reship, coupon…</source>
        <translation>退款、补发、优惠券…</translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;answer</source>
        <translation>买家答复(&amp;A)</translation>
    </message>
    <message>
        <source>What the buyer said, and any date they promised</source>
        <translation>买家说了什么，以及对方承诺的日期</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Review text</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Keys 1–5 set the category</source>
        <translation>按 1–5 键设置分类</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Not a genuine complaint: may be appealed (key 6)</source>
        <translation>并非真实投诉：可以申诉（按键 6）</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Harm or danger reported: always escalated (key 7)</source>
        <translation>买家反映了伤害或危险：一律上报（按键 7）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动分类</translation>
    </message>
    <message>
        <source>Drop the corrections and use the automatic classification again (key 0)</source>
        <translation>放弃手动修正，重新使用自动分类（按键 0）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Change the status (S)</source>
        <translation>更改状态（S）</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Set the follow-up date (F)</source>
        <translation>设置回访日期（F）</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>When should this buyer be contacted again?</source>
        <translation>何时再次联系该买家？</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>明天(&amp;T)</translation>
    </message>
    <message>
        <source>In &amp;3 days</source>
        <translation>3 天后(&amp;3)</translation>
    </message>
    <message>
        <source>In a &amp;week</source>
        <translation>一周后(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;No follow-up</source>
        <translation>不回访(&amp;N)</translation>
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
        <translation>ReviewDesk</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>评价队列</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>评价(&amp;R)</translation>
    </message>
    <message>
        <source>Set &amp;Category</source>
        <translation>设置分类(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import reviews from CSV, Ozon JSON or Amazon JSONL files</source>
        <translation>从 CSV、Ozon JSON 或 Amazon JSONL 文件导入评价</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another review database</source>
        <translation>打开另一个评价数据库</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Search Reviews</source>
        <translation>搜索评价(&amp;S)</translation>
    </message>
    <message>
        <source>Search the text of all reviews</source>
        <translation>在所有评价的内容中搜索</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Agent, shops, language, database and reply limits</source>
        <translation>客服信息、店铺、语言、数据库和回复字数限制</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Reload Queue</source>
        <translation>刷新队列(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Views Pane</source>
        <translation>视图面板(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Activity Tabs</source>
        <translation>处理记录标签页(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Save Current Filter as &amp;View…</source>
        <translation>将当前筛选保存为视图(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Delete Saved View</source>
        <translation>删除已保存的视图(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next Review</source>
        <translation>下一条评价(&amp;N)</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;Previous Review</source>
        <translation>上一条评价(&amp;P)</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>&amp;Product Quality</source>
        <translation>产品质量(&amp;P)</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>&amp;Logistics</source>
        <translation>物流配送(&amp;L)</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>&amp;After-Sales Service</source>
        <translation>售后服务(&amp;A)</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation>价格问题(&amp;R)</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>其他(&amp;O)</translation>
    </message>
    <message>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <source>Toggle &amp;Suspicious Flag</source>
        <translation>切换“可疑”标记(&amp;S)</translation>
    </message>
    <message>
        <source>6</source>
        <translation>6</translation>
    </message>
    <message>
        <source>Toggle Sa&amp;fety Flag</source>
        <translation>切换“安全隐患”标记(&amp;Y)</translation>
    </message>
    <message>
        <source>7</source>
        <translation>7</translation>
    </message>
    <message>
        <source>Use the &amp;Automatic Classification</source>
        <translation>使用自动分类(&amp;U)</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>&amp;Write Reply</source>
        <translation>撰写回复(&amp;W)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>&amp;Copy Reply</source>
        <translation>复制回复(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard and mark it exported</source>
        <translation>将回复复制到剪贴板，并标记为已导出</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Approve Reply</source>
        <translation>批准回复(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>设置状态(&amp;T)…</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Set &amp;Follow-up Date…</source>
        <translation>设置回访日期(&amp;F)…</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Prepare &amp;Appeal…</source>
        <translation>准备申诉(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About ReviewDesk</source>
        <translation>关于 ReviewDesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <source>&lt;b&gt;Reply&lt;/b&gt;</source>
        <translation>&lt;b&gt;回复&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Templates for this review&apos;s category and language; choosing one writes the reply again</source>
        <translation>适用于该评价分类和语言的模板；选择模板会重新生成回复</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Replies are written in the buyer&apos;s language</source>
        <translation>回复使用买家的语言</translation>
    </message>
    <message>
        <source>Characters used of the platform&apos;s reply limit (Settings)</source>
        <translation>已用字数 / 平台回复字数上限（见“设置”）</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Write the reply in the buyer&apos;s language</source>
        <translation>请用买家的语言撰写回复</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>复制回复(&amp;C)</translation>
    </message>
    <message>
        <source>Copy to the clipboard and mark as exported (Ctrl+Shift+C)</source>
        <translation>复制到剪贴板，并标记为已导出（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the reply (Ctrl+Enter)</source>
        <translation>批准回复（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Weekly report — ReviewDesk</source>
        <translation>周报 — ReviewDesk</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>上一周（Alt+Left）</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>The report week (ISO week, UTC)</source>
        <translation>报告周（ISO 周，UTC）</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>下一周（Alt+Right）</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Product or SKU</source>
        <translation>商品或 SKU</translation>
    </message>
    <message>
        <source>Trend:</source>
        <translation>趋势：</translation>
    </message>
    <message>
        <source>Weeks shown in the trend chart</source>
        <translation>趋势图中显示的周数</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <source>A burst: at least this many complaints of one category on one product…</source>
        <translation>投诉激增：同一商品同一分类的投诉至少达到此数量…</translation>
    </message>
    <message>
        <source>complaints within</source>
        <translation>条投诉，时间窗</translation>
    </message>
    <message>
        <source>…within this many hours (at most a week)</source>
        <translation>…在这么多小时之内（最多一周）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Compute the report again (F5)</source>
        <translation>重新计算报告（F5）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>How the team answered</source>
        <translation>团队回复情况</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>投诉激增</translation>
    </message>
    <message>
        <source>Most frequent problem phrases this week</source>
        <translation>本周最常见的问题短语</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Most on product</source>
        <translation>最集中的商品</translation>
    </message>
</context>
<context>
    <name>RuleEditorWindow</name>
    <message>
        <source>Rule editor — ReviewDesk</source>
        <translation>规则编辑器 — ReviewDesk</translation>
    </message>
    <message>
        <source>Re-classify the store</source>
        <translation>重新分类全部评价</translation>
    </message>
    <message>
        <source>Classify every stored review again with the saved rules (a person&apos;s corrections are kept)</source>
        <translation>用已保存的规则为数据库中的所有评价重新分类（人工修正会保留）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Filter by id, target or term</source>
        <translation>按 ID、目标或关键词筛选</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Add a rule to your rule file</source>
        <translation>在您的规则文件中添加一条规则</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Copy the built-in rule into your file, where your copy replaces it</source>
        <translation>将内置规则复制到您的文件中，由您的副本取代它</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Switch the built-in rule off (or on again) in your file</source>
        <translation>在您的文件中停用（或重新启用）该内置规则</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove your rule (a built-in rule it replaced applies again)</source>
        <translation>删除您的规则（被它取代的内置规则将重新生效）</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>language.target.topic</source>
        <translation>language.target.topic</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T):</translation>
    </message>
    <message>
        <source>Also &amp;votes for:</source>
        <translation>同时计入(&amp;V):</translation>
    </message>
    <message>
        <source>A flag rule may vote for a category as well, with the same weight</source>
        <translation>标记规则也可以按相同权重同时计入某个分类</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W):</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>T&amp;erms:</source>
        <translation>关键词(&amp;E):</translation>
    </message>
    <message>
        <source>One term per line: word, phrase, stem*, form{s,es}, a ... b</source>
        <translation>每行一个关键词：词、短语、词干*、词形{s,es}、a ... b</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>排除(&amp;X):</translation>
    </message>
    <message>
        <source>A match inside one of these phrases does not count</source>
        <translation>落在以下任一短语之内的匹配不计入</translation>
    </message>
    <message>
        <source>Exclude in &amp;clause:</source>
        <translation>同一分句中排除(&amp;C):</translation>
    </message>
    <message>
        <source>...nor one in a clause with one of these</source>
        <translation>...分句中含有以下任一短语时，其中的匹配也不计入</translation>
    </message>
    <message>
        <source>Exclude in re&amp;view:</source>
        <translation>同一评价中排除(&amp;U):</translation>
    </message>
    <message>
        <source>...nor any in a review with one of these</source>
        <translation>...评价中含有以下任一短语时，其中的所有匹配都不计入</translation>
    </message>
    <message>
        <source>&amp;Negation cancels a match (&quot;not broken&quot;)</source>
        <translation>否定表述使匹配无效（如“没坏”）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>Why this rule exists</source>
        <translation>为什么需要这条规则</translation>
    </message>
    <message>
        <source>Problems of your rule file:</source>
        <translation>您的规则文件中的问题：</translation>
    </message>
    <message>
        <source>Live test</source>
        <translation>实时测试</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>标题（可选）</translation>
    </message>
    <message>
        <source>Stars: a 4–5 star review needs a clearer complaint</source>
        <translation>星级：4–5 星的评价需要更明确的投诉内容</translation>
    </message>
    <message>
        <source>Type or paste a review: the category, flags and matched words show as you type</source>
        <translation>输入或粘贴一条评价：分类、标记和匹配到的词语会随输入实时显示</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>是否计入</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Labelled CSV (id,category,also,suspicious,safety)</source>
        <translation>已标注的 CSV（id,category,also,suspicious,safety）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Rules say</source>
        <translation>规则判定</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Check your rules and save them to your rule file</source>
        <translation>检查规则并保存到您的规则文件</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Drop the changes since the last save</source>
        <translation>放弃上次保存以来的所有更改</translation>
    </message>
    <message>
        <source>Re-&amp;classify the store…</source>
        <translation>重新分类全部评价(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
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
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Everything in the queue can be done from the keyboard. Letters and digits act when the cursor is not in a text field.</source>
        <translation>队列中的所有操作都可以用键盘完成。光标不在文本框中时，字母键和数字键才会生效。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>TemplateEditSession</name>
    <message>
        <source>the user template file could not be read (%1)</source>
        <translation>无法读取用户模板文件（%1）</translation>
    </message>
    <message>
        <source>The user template file could not be read: %1</source>
        <translation>无法读取用户模板文件：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template id: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>“%1”不是有效的模板 ID：只能使用字母、数字、“_”、“.”和“-”。</translation>
    </message>
    <message>
        <source>A template &quot;%1&quot; exists already.</source>
        <translation>模板“%1”已存在。</translation>
    </message>
    <message>
        <source>Choose a cell of the coverage grid first.</source>
        <translation>请先在覆盖情况表格中选择一个格子。</translation>
    </message>
    <message>
        <source>The user template file cannot be read, so editing is off: %1. Fix or move the file, then reload.</source>
        <translation>无法读取用户模板文件，因此已禁用编辑：%1。请修复或移走该文件，然后重新加载。</translation>
    </message>
    <message>
        <source>Line %1, position %2: %3</source>
        <translation>第 %1 行，第 %2 个字符：%3</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>✓ Every template checks out. Unsaved changes.</source>
        <translation>✓ 所有模板均检查通过。有未保存的更改。</translation>
    </message>
    <message>
        <source>✓ Every template checks out.</source>
        <translation>✓ 所有模板均检查通过。</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 %2 (no limit)</source>
        <translation>%1 %2（不限）</translation>
    </message>
    <message>
        <source>Length with long values (a %1-character problem, a full signature): %2</source>
        <translation>按较长取值计算的长度（问题描述 %1 字，完整署名）：%2</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <source>Built-in templates are read-only: &lt;i&gt;Copy to user file&lt;/i&gt; to change this one (the user file then overrides it).</source>
        <translation>内置模板为只读：如需修改，请点击&lt;i&gt;复制到用户文件&lt;/i&gt;（之后以用户文件中的版本为准）。</translation>
    </message>
</context>
<context>
    <name>TemplateEditorWindow</name>
    <message>
        <source>Template editor — ReviewDesk</source>
        <translation>模板编辑器 — ReviewDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage&lt;/b&gt; — templates per category × language × platform; red cells get no draft</source>
        <translation>&lt;b&gt;覆盖情况&lt;/b&gt; — 按分类 × 语言 × 平台统计的模板数；红色格子对应的评价不会生成草稿</translation>
    </message>
    <message>
        <source>Template coverage</source>
        <translation>模板覆盖情况</translation>
    </message>
    <message>
        <source>Click a cell to list the templates that answer it</source>
        <translation>点击格子即可列出适用于它的模板</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt;</source>
        <translation>&lt;b&gt;模板&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <source>List every template, not only those of the chosen cell</source>
        <translation>列出所有模板，而不只是所选格子的模板</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>A new template in the user file for the chosen cell</source>
        <translation>在用户文件中为所选格子新建模板</translation>
    </message>
    <message>
        <source>&amp;Copy to user file</source>
        <translation>复制到用户文件(&amp;C)</translation>
    </message>
    <message>
        <source>Built-in templates are read-only: copy one to the user file to change it there</source>
        <translation>内置模板为只读：请将其复制到用户文件后再修改</translation>
    </message>
    <message>
        <source>&amp;Remove from user file</source>
        <translation>从用户文件中删除(&amp;R)</translation>
    </message>
    <message>
        <source>Removes the user file&apos;s template; a built-in one it changed comes back</source>
        <translation>删除用户文件中的模板；被它修改过的内置模板将恢复</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>变体(&amp;V):</translation>
    </message>
    <message>
        <source>Each review gets one variant, chosen by its id, so similar reviews get different wording</source>
        <translation>每条评价按其 ID 选用一个变体，这样相似的评价会得到措辞不同的回复</translation>
    </message>
    <message>
        <source>A&amp;dd variant</source>
        <translation>添加变体(&amp;D)</translation>
    </message>
    <message>
        <source>Remove varian&amp;t</source>
        <translation>删除变体(&amp;T)</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(none ticked: every platform)</source>
        <translation>（均不勾选：适用于所有平台）</translation>
    </message>
    <message>
        <source>&amp;Sub-reason:</source>
        <translation>细分原因(&amp;S):</translation>
    </message>
    <message>
        <source>none: the category&apos;s general reply</source>
        <translation>留空：使用该分类的通用回复</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>匹配(&amp;M):</translation>
    </message>
    <message>
        <source>patterns, comma-separated: маломер*, *size*</source>
        <translation>匹配模式，以逗号分隔：маломер*, *size*</translation>
    </message>
    <message>
        <source>R&amp;emedy:</source>
        <translation>解决方案(&amp;E):</translation>
    </message>
    <message>
        <source>the value of {remedy} in this language, e.g. &quot;exchange it for a different size&quot;</source>
        <translation>{remedy} 在此语言中的内容，例如“为您换一个尺码”</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>模板内容</translation>
    </message>
    <message>
        <source>Type { to insert a variable; {name|fallback} when the value may be empty</source>
        <translation>输入 { 可插入变量；值可能为空时，使用 {name|fallback}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Review id (#123) or words to search</source>
        <translation>评价 ID（#123）或要搜索的词语</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;I)</translation>
    </message>
    <message>
        <source>Rece&amp;nt</source>
        <translation>最近(&amp;W)</translation>
    </message>
    <message>
        <source>The newest reviews this template answers, in its language</source>
        <translation>该模板适用的最新评价（仅限模板所用语言）</translation>
    </message>
    <message>
        <source>Reviews to preview</source>
        <translation>用于预览的评价</translation>
    </message>
    <message>
        <source>Reply preview</source>
        <translation>回复预览</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Template editor toolbar</source>
        <translation>模板编辑器工具栏</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Check every template and write the user template file</source>
        <translation>检查所有模板并写入用户模板文件</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>从磁盘重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Forget unsaved changes and read the user template file again</source>
        <translation>放弃未保存的更改，重新读取用户模板文件</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
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
        <translation>已生成回复草稿</translation>
    </message>
    <message>
        <source>Reply edited</source>
        <translation>回复已编辑</translation>
    </message>
    <message>
        <source>Reply approved</source>
        <translation>回复已批准</translation>
    </message>
    <message>
        <source>Reply copied</source>
        <translation>回复已复制</translation>
    </message>
    <message>
        <source>Reply posted</source>
        <translation>回复已发布</translation>
    </message>
    <message>
        <source>Reply reopened</source>
        <translation>回复已重新打开</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待结果</translation>
    </message>
    <message>
        <source>Removed by the marketplace</source>
        <translation>已被平台删除</translation>
    </message>
    <message>
        <source>Kept by the marketplace</source>
        <translation>平台予以保留</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系记录（%1）</translation>
    </message>
    <message>
        <source>Rating revised</source>
        <translation>评分已修改</translation>
    </message>
    <message>
        <source>Text revised</source>
        <translation>内容已修改</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The marketplace did not name the buyer.</source>
        <translation>平台未提供买家信息。</translation>
    </message>
    <message numerus="yes">
        <source>%1 wrote %n other review(s).</source>
        <translation>
            <numerusform>%1 还写过 %n 条其他评价。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote no other review.</source>
        <translation>%1 没有写过其他评价。</translation>
    </message>
    <message>
        <source>Only a review flagged as suspicious (a threat, an advertisement, off-topic or abuse) can be appealed.</source>
        <translation>只有被标记为可疑的评价（威胁、广告、无关内容或辱骂）才能申诉。</translation>
    </message>
    <message>
        <source>Appealed. Record what the marketplace decided.</source>
        <translation>已申诉。请记录平台的处理结果。</translation>
    </message>
    <message>
        <source>This review is flagged as suspicious. Prepare an appeal to ask the marketplace to remove it.</source>
        <translation>该评价已被标记为可疑。可以准备申诉，请求平台删除该评价。</translation>
    </message>
</context>
<context>
    <name>rd::gui::AppealDialog</name>
    <message>
        <source>Paste this text into %1&apos;s “report a review” form. It is written in the marketplace&apos;s language (%2) and names the rule the review breaks.</source>
        <translation>请将此文本粘贴到 %1 的“举报评价”表单中。文本使用该平台的语言（%2），并写明了该评价违反的规则。</translation>
    </message>
    <message>
        <source>&amp;Copy and mark as appealed</source>
        <translation>复制并标记为已申诉(&amp;C)</translation>
    </message>
    <message>
        <source>Extortion: a bad rating unless paid or refunded</source>
        <translation>勒索：以差评要挟付款或退款</translation>
    </message>
    <message>
        <source>Advertising a competitor, product or website</source>
        <translation>为竞争对手、其他商品或网站做广告</translation>
    </message>
    <message>
        <source>Not about the product or the order</source>
        <translation>与商品或订单无关</translation>
    </message>
    <message>
        <source>Insults or obscenities with no substance</source>
        <translation>无实质内容的辱骂或脏话</translation>
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
        <translation>新差评</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期回访</translation>
    </message>
    <message>
        <source>Suspicious — appeal</source>
        <translation>可疑 — 申诉</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation>等待买家</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>全部评价</translation>
    </message>
</context>
<context>
    <name>rd::gui::CategoryStyle</name>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流配送</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格问题</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>New</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation>等待买家</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Review revised</source>
        <translation>评价已修改</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>已申诉</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Marketplace message</source>
        <translation>平台站内信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>rd::gui::ChartClicks</name>
    <message numerus="yes">
        <source>%1: %n complaint(s) — click to open them in the queue</source>
        <translation>
            <numerusform>%1：%n 条投诉 — 点击即可在队列中打开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n complaint(s) this week — click to open them in the queue</source>
        <translation>
            <numerusform>%1：本周 %n 条投诉 — 点击即可在队列中打开</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::CoverageModel</name>
    <message>
        <source>Thank-you (positive)</source>
        <translation>致谢（好评）</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n 个模板</numerusform>
        </translation>
    </message>
    <message>
        <source>no template</source>
        <translation>无模板</translation>
    </message>
    <message>
        <source>%1: no template. Reviews of this cell get no draft.</source>
        <translation>%1：无模板。此格对应的评价不会生成草稿。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Only sub-reason templates: reviews whose evidence matches none get no draft.</source>
        <translation>仅有细分原因模板：依据与所有模板都不匹配的评价不会生成草稿。</translation>
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
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>No review selected</source>
        <translation>未选择评价</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>订单：%1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>买家：%1</translation>
    </message>
    <message numerus="yes">
        <source>(%n other negative review(s))</source>
        <translation>
            <numerusform>（另有 %n 条差评）</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat complainer</source>
        <translation>屡次投诉</translation>
    </message>
    <message>
        <source>Automatic: %1, confidence %2%</source>
        <translation>自动分类：%1，置信度 %2%</translation>
    </message>
    <message>
        <source>Not classified automatically yet</source>
        <translation>尚未自动分类</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>另涉及：%1</translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation>已手动修正</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>由 %1 修正</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>First response after %1</source>
        <translation>首次响应用时 %1</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>解决用时 %1</translation>
    </message>
</context>
<context>
    <name>rd::gui::EvaluationTask</name>
    <message>
        <source>%1 has no text column, and no database is open to look the reviews up in.</source>
        <translation>%1 没有评价内容列，也没有打开可供查找这些评价的数据库。</translation>
    </message>
</context>
<context>
    <name>rd::gui::EvaluationView</name>
    <message>
        <source>suspicious</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>%1: %2 of %3 labelled reviews scored · accuracy %4 · macro-F1 %5 · category + also F1 %6</source>
        <translation>%1：已评估 %3 条标注评价中的 %2 条 · 准确率 %4 · 宏平均 F1 %5 · 主分类 + 附加分类 F1 %6</translation>
    </message>
    <message numerus="yes">
        <source>%n labelled review(s) not found in the database and not scored, e.g. %1.</source>
        <translation>
            <numerusform>有 %n 条标注评价在数据库中找不到，未参与评估，例如 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no flag columns: the flags are not scored.</source>
        <translation>文件中没有标记列：不评估标记。</translation>
    </message>
    <message>
        <source>Cancelled: the figures cover the reviews done so far.</source>
        <translation>已取消：数据仅涵盖已处理的评价。</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>标注数</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测数</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确数</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Flag: suspicious</source>
        <translation>标记：可疑</translation>
    </message>
    <message>
        <source>Flag: safety</source>
        <translation>标记：安全隐患</translation>
    </message>
    <message>
        <source>labelled %1</source>
        <translation>标注：%1</translation>
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
        <translation>搜索评价  /</translation>
    </message>
    <message>
        <source>Words in any language; Chinese is found by two-character pieces</source>
        <translation>可输入任意语言的词语；中文按两字片段匹配</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>全部评分</translation>
    </message>
    <message>
        <source>Negative (1–2★)</source>
        <translation>差评（1–2★）</translation>
    </message>
    <message>
        <source>Neutral (3★)</source>
        <translation>中评（3★）</translation>
    </message>
    <message>
        <source>Positive (4–5★)</source>
        <translation>好评（4–5★）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义时间段</translation>
    </message>
    <message>
        <source>Apply range</source>
        <translation>应用时间段</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Product or SKU</source>
        <translation>商品或 SKU</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>名称，用逗号分隔</translation>
    </message>
    <message>
        <source>Overdue follow-ups only</source>
        <translation>仅显示逾期回访</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>尚未分类</translation>
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
    <message>
        <source>Waiting for another program to finish writing to the database…</source>
        <translation>正在等待其他程序完成数据库写入…</translation>
    </message>
</context>
<context>
    <name>rd::gui::LiveTestPanel</name>
    <message>
        <source>No stars</source>
        <translation>无星级</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Review %1 is labelled: %2%3</source>
        <translation>评价 %1 的标注：%2%3</translation>
    </message>
    <message>
        <source>The rules are being compiled…</source>
        <translation>正在编译规则…</translation>
    </message>
    <message>
        <source>Type a review above to see how the rules classify it.</source>
        <translation>在上方输入一条评价，即可查看规则如何为其分类。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Category:&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2 &amp;nbsp; &lt;b&gt;Also:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Flags:&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Confidence:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;分类：&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2 &amp;nbsp; &lt;b&gt;另涉及：&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;标记：&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;置信度：&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>negated by %1</source>
        <translation>被“%1”否定</translation>
    </message>
    <message>
        <source>excluded by %1</source>
        <translation>被“%1”排除</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>位于“%1”之内</translation>
    </message>
    <message>
        <source>%1 (title)</source>
        <translation>%1（标题）</translation>
    </message>
    <message>
        <source>Term: %1</source>
        <translation>关键词：%1</translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message>
        <source>%1 in the queue</source>
        <translation>队列中 %1 条</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation>无法读取队列</translation>
    </message>
    <message>
        <source>Search index: error</source>
        <translation>搜索索引：出错</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销：%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做：%1(&amp;R)</translation>
    </message>
    <message>
        <source>About ReviewDesk</source>
        <translation>关于 ReviewDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReviewDesk %1&lt;/b&gt;&lt;p&gt;Review management for marketplace sellers: triage, replies, follow-ups and weekly reports.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ReviewDesk %1&lt;/b&gt;&lt;p&gt;面向电商卖家的评价管理工具：分拣、回复、回访和周报。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1 — ReviewDesk</source>
        <translation>%1 — ReviewDesk</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>ReviewDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>ReviewDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation>共 %1 条评价</translation>
    </message>
    <message>
        <source>%1 new negative</source>
        <translation>新差评 %1 条</translation>
    </message>
    <message>
        <source>Indexing for search %1%</source>
        <translation>正在建立搜索索引 %1%</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view (the current filters are saved with it):</source>
        <translation>视图名称（当前筛选条件将一并保存）：</translation>
    </message>
    <message>
        <source>The view was not saved</source>
        <translation>视图未保存</translation>
    </message>
    <message>
        <source>Change a filter or choose a view to leave this selection</source>
        <translation>更改筛选条件或选择一个视图，即可退出此选择</translation>
    </message>
</context>
<context>
    <name>rd::gui::ManagerWindows</name>
    <message>
        <source>Weekly &amp;report</source>
        <translation>周报(&amp;W)</translation>
    </message>
    <message>
        <source>Complaint causes per week, top products and phrases, response figures, alerts</source>
        <translation>每周投诉原因、投诉最多的商品和短语、回复指标、预警</translation>
    </message>
    <message>
        <source>R&amp;ule editor</source>
        <translation>规则编辑器(&amp;U)</translation>
    </message>
    <message>
        <source>Edit and test the classification rules</source>
        <translation>编辑和测试分类规则</translation>
    </message>
    <message>
        <source>&amp;Template editor</source>
        <translation>模板编辑器(&amp;T)</translation>
    </message>
    <message>
        <source>Edit and preview the reply templates</source>
        <translation>编辑和预览回复模板</translation>
    </message>
</context>
<context>
    <name>rd::gui::QueueModel</name>
    <message>
        <source>Safety</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>可疑</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>negative</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中评</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>好评</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>No publication date</source>
        <translation>无发布日期</translation>
    </message>
    <message>
        <source>Set by a person (automatic: %1)</source>
        <translation>人工设置（自动分类：%1）</translation>
    </message>
    <message>
        <source>Set by a person</source>
        <translation>人工设置</translation>
    </message>
    <message>
        <source>Automatic (confidence %1%)</source>
        <translation>自动分类（置信度 %1%）</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>激增</translation>
    </message>
    <message>
        <source>Part of a burst: many complaints of one category on this product in a short time (Weekly report, Alerts)</source>
        <translation>属于投诉激增：短时间内该商品出现大量同类投诉（见周报 → 预警）</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReclassifyTask</name>
    <message>
        <source>The saved rule file was rejected:%1</source>
        <translation>已保存的规则文件未被采用：%1</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReplyPane</name>
    <message>
        <source>Own text</source>
        <translation>自定义内容</translation>
    </message>
    <message>
        <source>Set a category to get a reply draft</source>
        <translation>设置分类后即可获得回复草稿</translation>
    </message>
    <message>
        <source>No template fits this review: write the reply</source>
        <translation>没有适用于该评价的模板：请自行撰写回复</translation>
    </message>
    <message>
        <source>Replace the reply?</source>
        <translation>替换回复？</translation>
    </message>
    <message>
        <source>The reply was edited or already approved. Replace it with the template&apos;s text? (Ctrl+Z brings it back.)</source>
        <translation>回复已被编辑或已批准。要用模板内容替换吗？（按 Ctrl+Z 可恢复。）</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your title</source>
        <translation>您的职务</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What you offer</source>
        <translation>您提供的方案</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Type it here: it replaces {%1} in the reply</source>
        <translation>在此输入：将替换回复中的 {%1}</translation>
    </message>
    <message>
        <source>Draft, edited</source>
        <translation>草稿（已编辑）</translation>
    </message>
    <message>
        <source>Draft from template</source>
        <translation>模板生成的草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Copied for posting</source>
        <translation>已复制，待发布</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>There is no reply yet.</source>
        <translation>还没有回复。</translation>
    </message>
    <message>
        <source>Fill in “%1” before copying the reply.</source>
        <translation>复制回复前，请先填写“%1”。</translation>
    </message>
    <message>
        <source>Fill in “%1” before approving the reply.</source>
        <translation>批准回复前，请先填写“%1”。</translation>
    </message>
    <message>
        <source>Reply copied: paste it into the marketplace&apos;s reply box.</source>
        <translation>回复已复制：请粘贴到平台的回复框中。</translation>
    </message>
    <message>
        <source>The reply is already approved.</source>
        <translation>回复已经批准过了。</translation>
    </message>
    <message>
        <source>Reply approved.</source>
        <translation>回复已批准。</translation>
    </message>
    <message>
        <source>The draft was not saved: the database was busy</source>
        <translation>草稿未保存：数据库正忙</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReportExports</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReportPanels</name>
    <message>
        <source>Click a row to open its complaints in the queue (the Last week column: last week&apos;s)</source>
        <translation>点击某一行即可在队列中打开相应投诉（点击“上周”列则打开上周的投诉）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>Phrase (rule term)</source>
        <translation>短语（规则关键词）</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Most on product</source>
        <translation>最集中的商品</translation>
    </message>
    <message>
        <source>Complaints of this category this week</source>
        <translation>本周该分类的投诉</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%3 条中占 %2 条</translation>
    </message>
    <message>
        <source>No matched phrases this week</source>
        <translation>本周没有匹配到的短语</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n complaint(s), %3 – %4</source>
        <translation>
            <numerusform>%1 · %2：%n 条投诉，%3 – %4</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 within %2 h (UTC times). Click to open these reviews in the queue.</source>
        <translation>%2 小时内最多 %1 条（UTC 时间）。点击即可在队列中打开这些评价。</translation>
    </message>
    <message>
        <source>No bursts this week.</source>
        <translation>本周没有投诉激增。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>all weeks shown</source>
        <translation>所显示的全部周</translation>
    </message>
    <message>
        <source>Rule term: %1
Grouped as “%2”; click to open these reviews</source>
        <translation>规则关键词：%1
归为“%2”；点击打开这些评价</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReportWindow</name>
    <message>
        <source>Week as PDF (one page)…</source>
        <translation>本周报告（PDF，单页）…</translation>
    </message>
    <message>
        <source>Week as PNG image…</source>
        <translation>本周报告（PNG 图片）…</translation>
    </message>
    <message>
        <source>Trend chart as PNG…</source>
        <translation>趋势图（PNG）…</translation>
    </message>
    <message>
        <source>This week against last week as PNG…</source>
        <translation>本周与上周对比图（PNG）…</translation>
    </message>
    <message>
        <source>Top products chart as PNG…</source>
        <translation>商品排行图（PNG）…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>数据（CSV）…</translation>
    </message>
    <message>
        <source>Numbers as Excel workbook (XLSX)…</source>
        <translation>数据（Excel 工作簿，XLSX）…</translation>
    </message>
    <message>
        <source>Weekly report — %1 — ReviewDesk</source>
        <translation>周报 — %1 — ReviewDesk</translation>
    </message>
    <message>
        <source>These settings cannot make a report: %1</source>
        <translation>无法按这些设置生成报告：%1</translation>
    </message>
    <message>
        <source>Computing the report for %1…</source>
        <translation>正在计算 %1 的报告…</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>无法计算报告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n complaint(s) · computed in %2 ms · click a bar, a row, a phrase or an alert to open its reviews in the queue</source>
        <translation>
            <numerusform>%1：%n 条投诉 · 计算用时 %2 毫秒 · 点击柱形、行、短语或预警，即可在队列中打开相应评价</numerusform>
        </translation>
    </message>
    <message>
        <source>last week: %1</source>
        <translation>上周：%1</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>首次响应时长中位数</translation>
    </message>
    <message>
        <source>Answered within %1 h</source>
        <translation>%1 小时内回复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Rating revised upward</source>
        <translation>评分上调</translation>
    </message>
    <message>
        <source>Alerts (%1) · %2+ complaints of one category on one product within %3 h</source>
        <translation>预警（%1）· 同一商品同一分类在 %3 小时内投诉达 %2 条及以上</translation>
    </message>
    <message>
        <source>No reviews behind %1.</source>
        <translation>%1 没有对应的评价。</translation>
    </message>
    <message numerus="yes">
        <source>Report: %1 (%n review(s))</source>
        <translation>
            <numerusform>报告：%1（%n 条评价）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alert: %1 · %2 (%n review(s))</source>
        <translation>
            <numerusform>预警：%1 · %2（%n 条评价）</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>还没有可导出的报告。</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
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
        <source>Shops found in the database</source>
        <translation>数据库中已有的店铺</translation>
    </message>
</context>
<context>
    <name>rd::gui::ReviewActions</name>
    <message>
        <source>Set category to %1</source>
        <translation>将分类设为“%1”</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为“%1”</translation>
    </message>
    <message>
        <source>Clear the %1 flag</source>
        <translation>清除“%1”标记</translation>
    </message>
    <message>
        <source>Reset to the automatic classification</source>
        <translation>恢复自动分类</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Edit reply</source>
        <translation>编辑回复</translation>
    </message>
    <message>
        <source>Approve reply</source>
        <translation>批准回复</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <source>Mark reply as posted</source>
        <translation>将回复标记为已发布</translation>
    </message>
    <message>
        <source>Reopen reply</source>
        <translation>重新打开回复</translation>
    </message>
    <message>
        <source>Set follow-up date</source>
        <translation>设置回访日期</translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation>清除回访日期</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>将状态设为“%1”</translation>
    </message>
    <message>
        <source>Record appeal outcome</source>
        <translation>记录申诉结果</translation>
    </message>
    <message>
        <source>You cancelled the change while another program was writing to the database.</source>
        <translation>您在其他程序写入数据库期间取消了此更改。</translation>
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
        <translation>“安全隐患”标记</translation>
    </message>
    <message>
        <source>suspicious flag</source>
        <translation>“可疑”标记</translation>
    </message>
    <message>
        <source>Rule %1 → %2</source>
        <translation>规则 %1 → %2</translation>
    </message>
    <message>
        <source>Term: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <source>Not counted: negated in the text</source>
        <translation>未计入：文中为否定表述</translation>
    </message>
</context>
<context>
    <name>rd::gui::RuleBrowser</name>
    <message>
        <source>yours, replaces built-in</source>
        <translation>您的规则，取代内置规则</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的规则</translation>
    </message>
    <message>
        <source>built-in, switched off</source>
        <translation>内置，已停用</translation>
    </message>
    <message>
        <source>built-in, replaced by yours</source>
        <translation>内置，已被您的规则取代</translation>
    </message>
    <message>
        <source>built-in (%1)</source>
        <translation>内置（%1）</translation>
    </message>
</context>
<context>
    <name>rd::gui::RuleEditorWindow</name>
    <message>
        <source>Not evaluated: %1</source>
        <translation>未评估：%1</translation>
    </message>
    <message>
        <source>Re-classifying the store: %1 of %2 reviews…</source>
        <translation>正在重新分类全部评价：%1 / %2 条…</translation>
    </message>
    <message>
        <source>The store was not re-classified: %1</source>
        <translation>未能重新分类全部评价：%1</translation>
    </message>
    <message>
        <source>Rule editor — ReviewDesk</source>
        <translation>规则编辑器 — ReviewDesk</translation>
    </message>
    <message>
        <source>%1:%2 — the file is not valid JSON and cannot be edited here. Saving replaces it with the rules shown.</source>
        <translation>%1:%2 — 该文件不是有效的 JSON，无法在此编辑。保存时将用当前显示的规则替换它。</translation>
    </message>
    <message>
        <source>Choose a rule on the left, or add one with New.</source>
        <translation>请在左侧选择一条规则，或点击“新建”添加。</translation>
    </message>
    <message>
        <source>Built-in rule, replaced by your rule of the same id.</source>
        <translation>内置规则，已被您同 ID 的规则取代。</translation>
    </message>
    <message>
        <source>Built-in rule (read-only): Override copies it into your file to change it; Switch off turns it off.</source>
        <translation>内置规则（只读）：点击“覆盖”可将其复制到您的文件中再修改；点击“停用”可将其关闭。</translation>
    </message>
    <message>
        <source>Your rule: changes apply to the live test at once and to the program when saved.</source>
        <translation>您的规则：更改会立即用于实时测试，保存后对整个程序生效。</translation>
    </message>
    <message>
        <source>Rules %1: %2 rules, %3 terms, compiled in %4 ms.</source>
        <translation>规则集 %1：%2 条规则，%3 个关键词，编译用时 %4 毫秒。</translation>
    </message>
    <message>
        <source>Your rules have errors (listed under the form): the live test uses the last rules that compiled.</source>
        <translation>您的规则有错误（列在表单下方）：实时测试使用最近一次编译成功的规则。</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the rule file has %n error(s); nothing was written. %1</source>
        <translation>
            <numerusform>未保存：规则文件有 %n 处错误，未写入任何内容。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>未保存：%1：%2</translation>
    </message>
    <message>
        <source>Saved to %1. New imports use these rules.</source>
        <translation>已保存到 %1。新导入的评价将使用这些规则。</translation>
    </message>
    <message>
        <source>Saved to %1. New imports use these rules; re-classify the store to apply them to the stored reviews.</source>
        <translation>已保存到 %1。新导入的评价将使用这些规则；如需应用到已有评价，请重新分类全部评价。</translation>
    </message>
    <message>
        <source>Changes dropped: the saved rule file is shown again.</source>
        <translation>已放弃更改：重新显示已保存的规则文件。</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Labelled reviews</source>
        <translation>已标注的评价</translation>
    </message>
    <message>
        <source>Labelled CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>已标注的 CSV (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a labelled CSV first.</source>
        <translation>请先选择已标注的 CSV。</translation>
    </message>
    <message>
        <source>Compiling the rules…</source>
        <translation>正在编译规则…</translation>
    </message>
    <message>
        <source>Not evaluated: your rules have errors (listed under the form). Fix them first.</source>
        <translation>未评估：您的规则有错误（列在表单下方）。请先修正。</translation>
    </message>
    <message>
        <source>Evaluating %1…</source>
        <translation>正在评估 %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Save your rules first: the store is re-classified with the saved rule file.</source>
        <translation>请先保存规则：重新分类使用的是已保存的规则文件。</translation>
    </message>
    <message>
        <source>Re-classifying the store…</source>
        <translation>正在重新分类全部评价…</translation>
    </message>
    <message>
        <source>Re-classification cancelled: %1 of %2 reviews have the new results (rules %3).</source>
        <translation>重新分类已取消：%2 条评价中已有 %1 条得到新结果（规则集 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>Re-classified %n review(s) with rules %1. A person&apos;s corrections were kept.</source>
        <translation>
            <numerusform>已用规则集 %1 重新分类 %n 条评价。人工修正已保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::RuleFormBinder</name>
    <message>
        <source>nothing else</source>
        <translation>无</translation>
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
        <translation>队列</translation>
    </message>
    <message>
        <source>↓ / ↑</source>
        <translation>↓ / ↑</translation>
    </message>
    <message>
        <source>Next / previous review</source>
        <translation>下一条 / 上一条评价</translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation>Page Down / Page Up</translation>
    </message>
    <message>
        <source>A screen further / back</source>
        <translation>向下 / 向上翻一屏</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last review</source>
        <translation>第一条 / 最后一条评价</translation>
    </message>
</context>
<context>
    <name>rd::gui::TemplateEditorWindow</name>
    <message>
        <source>Templates not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>The database cannot be read for previews: %1</source>
        <translation>无法读取数据库以供预览：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) without a template</source>
        <translation>
            <numerusform>%n 个格子没有模板</numerusform>
        </translation>
    </message>
    <message>
        <source>every cell has a template</source>
        <translation>每个格子都有模板</translation>
    </message>
    <message>
        <source>Choose a template in the list.</source>
        <translation>请在列表中选择一个模板。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <translation>%1（无）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>none yet: type to add one</source>
        <translation>暂无：输入内容即可添加</translation>
    </message>
    <message>
        <source>%1 is in the user file now: what you change there overrides the built-in template.</source>
        <translation>%1 已在用户文件中：您在其中所做的修改将取代内置模板。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>A new template in the user file for %1, %2, %3.
Its id (letters, digits, _ . -):</source>
        <translation>在用户文件中为 %1、%2、%3 新建模板。
模板 ID（字母、数字、_ . -）：</translation>
    </message>
    <message>
        <source>No new template</source>
        <translation>未新建模板</translation>
    </message>
    <message>
        <source>No review matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的评价。</translation>
    </message>
    <message>
        <source>Fix the template to preview it.</source>
        <translation>请先修正模板再预览。</translation>
    </message>
    <message>
        <source>Template editor — %1[*] — ReviewDesk</source>
        <translation>模板编辑器 — %1[*] — ReviewDesk</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved template changes</source>
        <translation>模板有未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to the user template file?</source>
        <translation>要将更改保存到用户模板文件吗？</translation>
    </message>
</context>
<context>
    <name>rd::gui::TemplateListModel</name>
    <message>
        <source>Built-in (read-only)</source>
        <translation>内置（只读）</translation>
    </message>
    <message>
        <source>User file</source>
        <translation>用户文件</translation>
    </message>
    <message>
        <source>User file over built-in</source>
        <translation>用户文件（取代内置）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Variants: Chinese %1, Russian %2, English %3</source>
        <translation>语言版本：中文 %1，俄语 %2，英语 %3</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Sub-reason</source>
        <translation>细分原因</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>zh · ru · en</source>
        <translation>中 · 俄 · 英</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>rd::gui::TemplatePreview</name>
    <message>
        <source>Review %1 is not in the database.</source>
        <translation>数据库中没有评价 %1。</translation>
    </message>
    <message>
        <source>No reply: %1.</source>
        <translation>无法生成回复：%1。</translation>
    </message>
    <message>
        <source>Open a database in the main window to preview replies.</source>
        <translation>请在主窗口中打开数据库，以便预览回复。</translation>
    </message>
    <message>
        <source>Choose a review above (Recent lists the newest this template answers).</source>
        <translation>请在上方选择一条评价（“最近”会列出该模板适用的最新评价）。</translation>
    </message>
    <message>
        <source>%1/%2 characters</source>
        <translation>%1/%2 字</translation>
    </message>
    <message>
        <source>%1 characters (no limit)</source>
        <translation>%1 字（不限）</translation>
    </message>
    <message>
        <source>needs input: %1</source>
        <translation>需要填写：%1</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>超出上限</translation>
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
        <translation>%1：%2 条评价</translation>
    </message>
    <message>
        <source>%1: counting…</source>
        <translation>%1：正在统计…</translation>
    </message>
</context>
<context>
    <name>rd::gui::ViewsPane</name>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>将当前筛选保存为视图</translation>
    </message>
    <message>
        <source>Delete the selected saved view</source>
        <translation>删除所选的已保存视图</translation>
    </message>
    <message>
        <source>This view cannot be read: %1</source>
        <translation>无法读取此视图：%1</translation>
    </message>
    <message>
        <source>Cancelled while another program was writing to the database.</source>
        <translation>已取消：当时有其他程序正在写入数据库。</translation>
    </message>
    <message>
        <source>The view was not deleted</source>
        <translation>视图未删除</translation>
    </message>
</context>
<context>
    <name>rd::gui::WriteRetry</name>
    <message>
        <source>Waiting for the database</source>
        <translation>正在等待数据库</translation>
    </message>
    <message>
        <source>Another program (an import?) is writing to this database. Your change will be saved as soon as it finishes.</source>
        <translation>另一个程序（也许是导入？）正在写入此数据库。它一完成，您的更改就会保存。</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>取消此更改</translation>
    </message>
</context>
</TS>
