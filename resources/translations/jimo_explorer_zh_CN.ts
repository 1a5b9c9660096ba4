<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another Jimo database file (it is checked first)</source>
        <translation>打开另一个即墨数据库文件（先经检查）</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Database</source>
        <translation>打开随附数据库(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the database that comes with Jimo Explorer</source>
        <translation>回到 Jimo Explorer 随附的数据库</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selection of the focused pane</source>
        <translation>复制当前窗格中选中的内容</translation>
    </message>
    <message>
        <source>Jimo Explorer &amp;Help</source>
        <translation>Jimo Explorer 帮助(&amp;H)</translation>
    </message>
    <message>
        <source>A short guide to the app</source>
        <translation>本程序的简要使用说明</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>Search parks, companies, projects, events and sources</source>
        <translation>搜索园区、企业、项目、事件和来源</translation>
    </message>
    <message>
        <source>&amp;Filter the Tree</source>
        <translation>筛选园区目录(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the park tree</source>
        <translation>筛选园区目录</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>后退到上一页</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>前进到下一页</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>首页(&amp;O)</translation>
    </message>
    <message>
        <source>The district at a glance</source>
        <translation>即墨区概况</translation>
    </message>
    <message>
        <source>&amp;Fact Check</source>
        <translation>事实核查(&amp;F)</translation>
    </message>
    <message>
        <source>The seed article&apos;s claims, checked against better sources</source>
        <translation>用更可靠的来源核查原始报道中的说法</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>Jimo&apos;s sub-districts and towns, and the parks their sources place there</source>
        <translation>即墨的街道和镇，以及来源所述位于其中的园区</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>关注(&amp;S)</translation>
    </message>
    <message>
        <source>Add the item shown to your shortlist, or take it off</source>
        <translation>将当前条目加入关注清单，或从中移出</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>对比所选条目(&amp;C)</translation>
    </message>
    <message>
        <source>Compare 2 to 5 selected parks, companies or projects side by side</source>
        <translation>并排对比所选的2至5个园区、企业或项目</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>导出为CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected or shown rows to a CSV file that opens in Excel</source>
        <translation>将所选行或显示的行导出为可用Excel打开的CSV文件</translation>
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>简报资料(&amp;B)…</translation>
    </message>
    <message>
        <source>A PDF of the shortlist, the selection, the comparison or the item shown: profiles, figures with their sources, charts, the map</source>
        <translation>将关注清单、所选条目、对比表或当前条目制成PDF：简介、数据及其来源、图表、地图</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the briefing pack of the shortlist, else of the item shown</source>
        <translation>打印关注清单的简报资料，关注清单为空时打印当前条目的简报资料</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>The briefing pack&apos;s pages as they will print</source>
        <translation>按打印效果显示简报资料的各页</translation>
    </message>
    <message>
        <source>&amp;About Jimo Explorer</source>
        <translation>关于 Jimo Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text, icons and charts</source>
        <translation>放大文字、图标和图表</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text, icons and charts</source>
        <translation>缩小文字、图标和图表</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Text, icons and charts at 100 %</source>
        <translation>文字、图标和图表恢复为 100%</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the screen with the window</source>
        <translation>让窗口占满整个屏幕</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Show the shortlist one item at a time, large, for a room (Page Down: next, Esc: leave)</source>
        <translation>逐个放大显示关注清单中的条目，便于向在场观众展示（Page Down：下一个，Esc：退出）</translation>
    </message>
    <message>
        <source>Collapse the &amp;Tree Panel</source>
        <translation>折叠园区目录(&amp;T)</translation>
    </message>
    <message>
        <source>Fold the park tree and search into a strip: the page gets the width</source>
        <translation>将园区目录和搜索折叠为窄条，把宽度让给页面</translation>
    </message>
    <message>
        <source>Collapse the S&amp;hortlist Panel</source>
        <translation>折叠关注清单(&amp;H)</translation>
    </message>
    <message>
        <source>Fold the note and the shortlist into a strip: the page gets the width</source>
        <translation>将备注和关注清单折叠为窄条，把宽度让给页面</translation>
    </message>
    <message>
        <source>Group by &amp;Kind</source>
        <translation>按类型分组(&amp;K)</translation>
    </message>
    <message>
        <source>Group by &amp;Industry</source>
        <translation>按产业分组(&amp;I)</translation>
    </message>
    <message>
        <source>Group by &amp;Location</source>
        <translation>按地区分组(&amp;L)</translation>
    </message>
    <message>
        <source>Group by &amp;Context (catalogue of zones)</source>
        <translation>按开发区目录分组(&amp;C)</translation>
    </message>
    <message>
        <source>China&apos;s catalogue of development zones (2018) by province and city, Qingdao first</source>
        <translation>《中国开发区审核公告目录》（2018年版）按省份和城市排列，青岛在前</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>exact value</source>
        <translation>确切值</translation>
    </message>
    <message>
        <source>qualified value (more than, about …)</source>
        <translation>限定值（超过、约…）</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>本条目</translation>
    </message>
</context>
<context>
    <name>BriefingCommands</name>
    <message>
        <source>Wrote the briefing pack, %n page(s), to {path}.</source>
        <translation>已将简报资料（共%n页）写入 {path}。</translation>
    </message>
    <message>
        <source>Nothing to print: star some items for the shortlist, or open one.</source>
        <translation>没有可打印的内容：请先将条目加入关注清单，或打开一个条目。</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>简报资料</translation>
    </message>
    <message>
        <source>A PDF to hand out or print: the items&apos; profiles, their figures with the sources, charts, the map and the numbered sources.</source>
        <translation>可分发或打印的PDF：各条目的简介、数据及其来源、图表、地图和编号的来源列表。</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>The shortlist ({n})</source>
        <translation>关注清单（{n}）</translation>
    </message>
    <message>
        <source>The selection ({n})</source>
        <translation>所选条目（{n}）</translation>
    </message>
    <message>
        <source>The comparison ({n})</source>
        <translation>对比表（{n}）</translation>
    </message>
    <message>
        <source>The item shown ({n})</source>
        <translation>当前条目（{n}）</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Figures with charts</source>
        <translation>数据及图表</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>大事记</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>对比表</translation>
    </message>
    <message>
        <source>Fact check summary</source>
        <translation>事实核查摘要</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Painting the pages…</source>
        <translation>正在生成各页…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>briefing-pack.pdf</source>
        <translation>简报资料.pdf</translation>
    </message>
    <message>
        <source>Save the Briefing Pack</source>
        <translation>保存简报资料</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is nothing to put in the pack.</source>
        <translation>没有可放入简报资料的条目。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将%n页发送到打印机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to {path}.</source>
        <translation>
            <numerusform>已将%n页写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}.</source>
        <translation>未写入任何文件：{reason}。</translation>
    </message>
    <message>
        <source>Nothing was written: the pack could not be made.</source>
        <translation>未写入任何文件：无法生成简报资料。</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>Briefing pack</source>
        <translation>简报资料</translation>
    </message>
    <message>
        <source>Jimo Explorer · Briefing pack</source>
        <translation>Jimo Explorer · 简报资料</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第{page}页，共{pages}页</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Jimo Explorer</source>
        <translation>Jimo Explorer</translation>
    </message>
    <message>
        <source>Industrial parks of Jimo District, Qingdao</source>
        <translation>青岛市即墨区产业园区</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>制作日期：{date}</translation>
    </message>
    <message>
        <source>Data as of {date}</source>
        <translation>数据截至：{date}</translation>
    </message>
    <message>
        <source>Database {hash} (SHA-256)</source>
        <translation>数据库 {hash}（SHA-256）</translation>
    </message>
    <message>
        <source>{count} items, {sources} sources</source>
        <translation>{count}项，{sources}个来源</translation>
    </message>
    <message>
        <source>Every fact in this pack carries its source, numbered in brackets and listed at the end with its reliability grade (A best to D). Where sources disagree, every value is kept with its own source and the row is marked “Disputed”.</source>
        <translation>本资料中的每项事实均注明来源：方括号内为来源序号，来源及其可信度（A级最高，D级最低）列于文末。来源说法不一时，各数值连同各自来源一并保留，该行标为“有分歧”。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比表</translation>
    </message>
    <message>
        <source>Fact check</source>
        <translation>事实核查</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Boundaries: OpenStreetMap, {date}; not an official map.</source>
        <translation>边界：OpenStreetMap，{date}；并非官方地图。</translation>
    </message>
    <message>
        <source>towns and sub-districts of this pack&apos;s items</source>
        <translation>本资料各条目所在镇街</translation>
    </message>
    <message>
        <source>other towns with parks</source>
        <translation>其他有园区的镇街</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>设立时间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Towns and sub-districts</source>
        <translation>所在镇街</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开工时间</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>投用时间</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Sources of this profile: {numbers}</source>
        <translation>本简介的来源：{numbers}</translation>
    </message>
    <message>
        <source>Enterprises and organizations</source>
        <translation>企业和机构</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Parks and zones</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>{n} of these figures are disputed or not comparable (marked so). Every value is kept with its own source.</source>
        <translation>其中{n}项数据有分歧或不可比（已标注）。每个数值都与其来源一并保留。</translation>
    </message>
    <message>
        <source>no period given</source>
        <translation>未注明时期</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>Value as published</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources: {numbers}</source>
        <translation>来源：{numbers}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>大事记</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Claims of the article that started this project about the items in this pack, and what better sources say.</source>
        <translation>本项目起始文章中涉及本资料各项的说法，以及更可靠来源的说法。</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade {grade} · {id}</source>
        <translation>可信度 {grade}级 · {id}</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有分歧</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>关注清单</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>所选条目</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>no period given</source>
        <translation>未注明时期</translation>
    </message>
    <message>
        <source>latest published value of each item</source>
        <translation>各条目最新公布值</translation>
    </message>
    <message>
        <source>compared with other {items}</source>
        <translation>与其他{items}对比</translation>
    </message>
    <message>
        <source>parks and zones</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>places</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Parks and zones by kind</source>
        <translation>按类型划分的园区</translation>
    </message>
    <message>
        <source>Parks and zones by industry</source>
        <translation>按产业划分的园区</translation>
    </message>
    <message>
        <source>Events per year</source>
        <translation>各年度事件数</translation>
    </message>
    <message>
        <source>parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>full years</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>multi-year periods</source>
        <translation>多年期</translation>
    </message>
    <message>
        <source>half-years</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>single dates</source>
        <translation>单日</translation>
    </message>
    <message>
        <source>totals up to a date</source>
        <translation>截至某日累计</translation>
    </message>
    <message>
        <source>periods from a date</source>
        <translation>自某日起</translation>
    </message>
    <message>
        <source>other periods</source>
        <translation>其他时期</translation>
    </message>
    <message>
        <source>{first}–{last} periods</source>
        <translation>{first}至{last}</translation>
    </message>
    <message>
        <source> per year</source>
        <translation>/年</translation>
    </message>
    <message>
        <source>100 million {unit}{per_year}</source>
        <translation>10⁸{unit}{per_year}</translation>
    </message>
    <message>
        <source>10,000 {unit}{per_year}</source>
        <translation>10⁴{unit}{per_year}</translation>
    </message>
    <message>
        <source>mu; 15 亩 = 1 hectare</source>
        <translation>亩；15亩 = 1公顷</translation>
    </message>
    <message>
        <source>billion {unit}{per_year}; 1 bn yuan = 10 亿元</source>
        <translation>十亿{unit}{per_year}；1 bn yuan = 10亿元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>{unit} ({meaning})</source>
        <translation>{unit}（{meaning}）</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>确切</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>少于</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <source>exact value</source>
        <translation>确切值</translation>
    </message>
    <message>
        <source>more than (&gt;, ≥)</source>
        <translation>超过（&gt;、≥）</translation>
    </message>
    <message>
        <source>less than (&lt;, ≤)</source>
        <translation>少于（&lt;、≤）</translation>
    </message>
    <message>
        <source>about (~)</source>
        <translation>约（~）</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
</context>
<context>
    <name>ChartCsv</name>
    <message>
        <source>subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>value as published</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>source address</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>group (Chinese)</source>
        <translation>分组（中文）</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>items</source>
        <translation>条目</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Choose the figure to chart</source>
        <translation>选择要绘制图表的数据</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Back to the whole chart after zooming or panning</source>
        <translation>缩放或平移后恢复显示完整图表</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>图片（PNG）…</translation>
    </message>
    <message>
        <source>Vector picture (SVG)…</source>
        <translation>矢量图（SVG）…</translation>
    </message>
    <message>
        <source>Data behind the chart (CSV)…</source>
        <translation>图表数据（CSV）…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Save the chart as a picture, or its data as CSV</source>
        <translation>将图表保存为图片，或将图表数据保存为CSV文件</translation>
    </message>
    <message>
        <source>Nothing to chart.</source>
        <translation>暂无可绘制图表的数据。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Rest the pointer on a point for its value, period and source; click it to open the source. Drag to pan, scroll to zoom.</source>
        <translation>将指针停在数据点上可查看数值、时期和来源，点击可打开来源。拖动可平移，滚动鼠标滚轮可缩放。</translation>
    </message>
    <message>
        <source>Rest the pointer on a bar to see what it counts; click to open it.</source>
        <translation>将指针停在柱形上可查看统计内容，点击可打开。</translation>
    </message>
    <message>
        <source>Each bar is an item&apos;s latest published value. Rest the pointer on a bar for its period and source; click it to open the item.</source>
        <translation>每根柱形表示一个条目的最新公布值。将指针停在柱形上可查看时期和来源，点击可打开该条目。</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>可信度{grade}级</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG图片 (*.png)</translation>
    </message>
    <message>
        <source>Save the chart as a vector picture</source>
        <translation>将图表保存为矢量图</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save the data behind the chart</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>The chart was not saved: {reason}.</source>
        <translation>图表未能保存：{reason}。</translation>
    </message>
</context>
<context>
    <name>ClaimCard</name>
    <message>
        <source>Evidence:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>涉及：</translation>
    </message>
    <message>
        <source>Claim {n}</source>
        <translation>第{n}条说法</translation>
    </message>
    <message>
        <source>“{claim}”</source>
        <translation>“{claim}”</translation>
    </message>
    <message>
        <source>{id} (grade {grade}): {title}</source>
        <translation>{id}（可信度{grade}级）：{title}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>jimo-desktop export: {message}</source>
        <translation>jimo-desktop export：{message}</translation>
    </message>
    <message>
        <source>Wrote {count} row of {table} to {path}</source>
        <translation>已将{table}的{count}行写入{path}</translation>
    </message>
    <message>
        <source>Wrote {count} rows of {table} to {path}</source>
        <translation>已将{table}的{count}行写入{path}</translation>
    </message>
    <message>
        <source>jimo-desktop export: interrupted; no file was left half-written</source>
        <translation>jimo-desktop export：已中断，未留下写了一半的文件</translation>
    </message>
    <message>
        <source>jimo-desktop export: the Chinese translation is missing; writing English</source>
        <translation>jimo-desktop export：缺少中文翻译文件，改用英文写入</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Founded or started</source>
        <translation>设立或开工时间</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Key enterprises and projects</source>
        <translation>重点企业和项目</translation>
    </message>
    <message>
        <source>Approved (catalogue of zones)</source>
        <translation>批准时间（开发区目录）</translation>
    </message>
    <message>
        <source>Approved area (catalogue of zones)</source>
        <translation>核准面积（开发区目录）</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>对比项</translation>
    </message>
    <message>
        <source>Double-click to open {name}</source>
        <translation>双击打开{name}</translation>
    </message>
    <message>
        <source>The latest figure each item publishes for “{metric}”, with its period and source.</source>
        <translation>各条目公布的“{metric}”最新数据，附时期和来源。</translation>
    </message>
    <message>
        <source>This item publishes no figure for this metric in the database.</source>
        <translation>数据库中此条目没有发布该指标的数字。</translation>
    </message>
    <message>
        <source>The sources give nothing for this item here.</source>
        <translation>资料来源未给出此条目的这项内容。</translation>
    </message>
    <message>
        <source>Sources disagree; every value is shown with its source.</source>
        <translation>来源说法不一，各数值均标明来源。</translation>
    </message>
    <message>
        <source>{id} (grade {grade}): {title}</source>
        <translation>{id}（可信度{grade}级）：{title}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Fields as rows, items as columns. For every metric any of them publishes, the latest figure is shown with its period and source, related metrics together; — means the item publishes none; tinted cells are where sources disagree. Double-click a column header to open that item.</source>
        <translation>行为字段，列为条目。凡任一条目发布的指标，均显示其最新数字及时期和来源，相关指标排在一起；“—”表示该条目未发布；着色单元格表示来源说法不一；标 * 的指标中文名称为本项目自译。双击列标题可打开该条目。</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <source>Export this comparison table to a CSV file (the chart has its own export)</source>
        <translation>将此比较表导出为 CSV 文件（图表另有导出）</translation>
    </message>
    <message>
        <source>&amp;Close Comparison</source>
        <translation>关闭对比表(&amp;C)</translation>
    </message>
    <message>
        <source>Comparing {n} items</source>
        <translation>对比{n}个条目</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>设立时间</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Key enterprises and projects</source>
        <translation>重点企业和项目</translation>
    </message>
    <message>
        <source>Approved (catalogue of zones)</source>
        <translation>批准时间（开发区目录）</translation>
    </message>
    <message>
        <source>Approved area (catalogue of zones)</source>
        <translation>核准面积（开发区目录）</translation>
    </message>
</context>
<context>
    <name>ComparisonCharts</name>
    <message>
        <source>These {n} items publish no figure in common, so there are no bars to set side by side; the table below lists every figure each one publishes.</source>
        <translation>这 {n} 个条目没有共同发布的数字，因此无法并列比较；下表列出了每个条目发布的全部数字。</translation>
    </message>
    <message>
        <source>Select two or more items to compare their figures.</source>
        <translation>请选择两个或以上条目以对比数据。</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>cannot write “{path}”: it is a folder</source>
        <translation>无法写入“{path}”：该路径是文件夹</translation>
    </message>
    <message>
        <source>cannot write “{path}”: it is a device, not a file</source>
        <translation>无法写入“{path}”：该路径是设备，不是文件</translation>
    </message>
    <message>
        <source>cannot write “{path}”: it is a pipe (FIFO), not a file</source>
        <translation>无法写入“{path}”：该路径是管道（FIFO），不是文件</translation>
    </message>
    <message>
        <source>cannot write “{path}”: it is a socket, not a file</source>
        <translation>无法写入“{path}”：该路径是套接字，不是文件</translation>
    </message>
    <message>
        <source>cannot write “{path}”: it is not a regular file</source>
        <translation>无法写入“{path}”：该路径不是普通文件</translation>
    </message>
    <message>
        <source>cannot write “{path}”: the file is read-only</source>
        <translation>无法写入“{path}”：该文件为只读</translation>
    </message>
    <message>
        <source>cannot write “{path}”: permission denied</source>
        <translation>无法写入“{path}”：没有权限</translation>
    </message>
    <message>
        <source>cannot write “{path}”: it is a link to “{link}”, which does not exist</source>
        <translation>无法写入“{path}”：该路径是指向“{link}”的链接，而链接目标不存在</translation>
    </message>
    <message>
        <source>cannot write “{path}”: the file name is too long</source>
        <translation>无法写入“{path}”：文件名过长</translation>
    </message>
    <message>
        <source>cannot write “{path}”: the disk is full</source>
        <translation>无法写入“{path}”：磁盘已满</translation>
    </message>
    <message>
        <source>cannot write “{path}”: the disk is read-only</source>
        <translation>无法写入“{path}”：磁盘为只读</translation>
    </message>
    <message>
        <source>cannot write “{path}”: the disk quota is full</source>
        <translation>无法写入“{path}”：磁盘配额已用完</translation>
    </message>
    <message>
        <source>cannot write “{path}”: the folder “{folder}” does not exist</source>
        <translation>无法写入“{path}”：文件夹“{folder}”不存在</translation>
    </message>
    <message>
        <source>cannot write “{path}”: “{folder}” is not a folder</source>
        <translation>无法写入“{path}”：“{folder}”不是文件夹</translation>
    </message>
    <message>
        <source>cannot write “{path}”: {reason}</source>
        <translation>无法写入“{path}”：{reason}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Rest the pointer on a point or a bar for its value and source; click it to open what it shows. Drag to pan, scroll to zoom, “Reset view” to go back.</source>
        <translation>将指针停在数据点或柱形上可查看数值和来源，点击可打开对应内容。拖动可平移，滚动鼠标滚轮可缩放，点击“重置视图”可还原。</translation>
    </message>
    <message>
        <source>No figure of the district is published for two or more periods.</source>
        <translation>即墨区暂无两个或以上时期的公布数据。</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The database file “{path}” is damaged: in the table {table}, the row “{row}” has {problem} in the column {column}.</source>
        <translation>数据库文件“{path}”已损坏：表 {table} 中“{row}”行的 {column} 列含有{problem}。</translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>非文本值</translation>
    </message>
    <message>
        <source>an empty or unreadable id</source>
        <translation>为空或无法读取的编号</translation>
    </message>
    <message>
        <source>a value that is not a number</source>
        <translation>非数字值</translation>
    </message>
    <message>
        <source>a number that is infinite or far too large</source>
        <translation>无穷大或过大的数字</translation>
    </message>
    <message>
        <source>a value that is not a whole number</source>
        <translation>非整数值</translation>
    </message>
    <message>
        <source>a value that is no kind of item</source>
        <translation>不属于任何条目类型的值</translation>
    </message>
    <message>
        <source>a value that is no date or period</source>
        <translation>既非日期也非时期的值</translation>
    </message>
    <message>
        <source>The database file “{path}” is damaged and cannot be read ({error}).</source>
        <translation>数据库文件“{path}”已损坏，无法读取（{error}）。</translation>
    </message>
    <message>
        <source>The database file “{path}” is in use by another program; close that program or try again in a moment.</source>
        <translation>数据库文件“{path}”正被其他程序使用，请关闭该程序或稍后再试。</translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation>非 UTF-8 编码的文本</translation>
    </message>
    <message>
        <source>The database file “{path}” cannot be opened: {error}.</source>
        <translation>无法打开数据库文件“{path}”：{error}。</translation>
    </message>
    <message>
        <source>The database file “{path}” is in WAL mode and could not be copied to be read safely: {reason}.</source>
        <translation>数据库文件“{path}”处于 WAL 模式，无法复制副本以安全读取：{reason}。</translation>
    </message>
    <message>
        <source>The database file “{path}” was not found.</source>
        <translation>未找到数据库文件“{path}”。</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a database file.</source>
        <translation>“{path}”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database file “{path}” cannot be read: {reason}.</source>
        <translation>无法读取数据库文件“{path}”：{reason}。</translation>
    </message>
    <message>
        <source>The database file “{path}” is empty.</source>
        <translation>数据库文件“{path}”为空。</translation>
    </message>
    <message>
        <source>“{path}” is not a Jimo Explorer database (it is not an SQLite file).</source>
        <translation>“{path}”不是 Jimo Explorer 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The database file “{path}” is damaged ({status}).</source>
        <translation>数据库文件“{path}”已损坏（{status}）。</translation>
    </message>
    <message>
        <source>“{path}” is an SQLite file, but not a Jimo Explorer database.</source>
        <translation>“{path}”是 SQLite 文件，但不是 Jimo Explorer 数据库。</translation>
    </message>
    <message>
        <source>“{path}” has data format version {version}; this version of Jimo Explorer reads version {expected}.</source>
        <translation>“{path}”的数据格式版本为{version}，而本版本 Jimo Explorer 读取的是版本{expected}。</translation>
    </message>
    <message>
        <source>The database file “{path}” lacks the table(s) {tables}.</source>
        <translation>数据库文件“{path}”缺少以下表：{tables}。</translation>
    </message>
    <message>
        <source>The database file “{path}” is damaged: the table {table} lacks the column(s) {columns}.</source>
        <translation>数据库文件“{path}”已损坏：表 {table} 缺少以下列：{columns}。</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} (not found)</source>
        <translation>{name}（未找到）</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>At a glance</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>{n} of these figures are disputed or not comparable (marked in the first column). Every value is kept with its own source; rest the pointer on a row to see the others and why.</source>
        <translation>其中{n}项数据有分歧或不可比（标注于第一列）。每个数值都与其来源一并保留；将指针停在某一行上，可查看其他数值及原因。</translation>
    </message>
    <message>
        <source>No figures are published for this item in the sources held.</source>
        <translation>现有来源均未公布该条目的数据。</translation>
    </message>
    <message>
        <source>No dated events are recorded for this item.</source>
        <translation>暂无该条目注明日期的事件记录。</translation>
    </message>
    <message>
        <source>No sources are recorded for this item.</source>
        <translation>暂无该条目的来源记录。</translation>
    </message>
    <message>
        <source>Related ({n})</source>
        <translation>关联项（{n}）</translation>
    </message>
    <message>
        <source>Figures ({n})</source>
        <translation>数据（{n}）</translation>
    </message>
    <message>
        <source>Timeline ({n})</source>
        <translation>大事记（{n}）</translation>
    </message>
    <message>
        <source>Sources ({n})</source>
        <translation>来源（{n}）</translation>
    </message>
    <message>
        <source>Some sources disagree: the figures are flagged.</source>
        <translation>部分来源说法不一，相关数据已标出。</translation>
    </message>
    <message>
        <source>Zones, projects and organizations within this park.</source>
        <translation>该园区内的下属园区、项目和机构。</translation>
    </message>
    <message>
        <source>Projects this organization takes part in (with its role), organizations it controls, and the parks and places of its projects.</source>
        <translation>该机构参与的项目（及其角色）、其控股的机构，以及其项目所在的园区和地区。</translation>
    </message>
    <message>
        <source>Organizations in this project, with their role.</source>
        <translation>参与该项目的机构及其角色。</translation>
    </message>
    <message>
        <source>Places, parks, organizations and projects in this place.</source>
        <translation>该地区内的下级地区、园区、机构和项目。</translation>
    </message>
    <message>
        <source>Parks where sources record this industry.</source>
        <translation>来源记载有该产业的园区。</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open it.</source>
        <translation>双击某一行或按Enter键即可打开。</translation>
    </message>
    <message>
        <source>No zones, projects or organizations are recorded in this park.</source>
        <translation>暂无该园区的下属园区、项目或机构记录。</translation>
    </message>
    <message>
        <source>No projects or subsidiaries are recorded for this organization.</source>
        <translation>暂无该机构的项目或子公司记录。</translation>
    </message>
    <message>
        <source>No organizations are recorded for this project.</source>
        <translation>暂无该项目的机构记录。</translation>
    </message>
    <message>
        <source>No park is recorded with this industry.</source>
        <translation>暂无涉及该产业的园区记录。</translation>
    </message>
    <message>
        <source>Nothing is recorded here.</source>
        <translation>暂无记录。</translation>
    </message>
</context>
<context>
    <name>Dispute</name>
    <message>
        <source>Disputed</source>
        <translation>有分歧</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>不可比</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>存疑</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Jimo Explorer: unexpected error</source>
        <translation>Jimo Explorer：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Jimo Explorer. Your shortlist and notes are safe. You can keep working, or restart the app if something looks wrong.</source>
        <translation>Jimo Explorer 内部出现错误。您的关注清单和备注不受影响。您可以继续使用；如发现异常，请重新启动程序。</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>详细信息已写入 {log}。</translation>
    </message>
    <message>
        <source>Open the bundled database</source>
        <translation>打开随附数据库</translation>
    </message>
    <message>
        <source>Jimo Explorer</source>
        <translation>Jimo Explorer</translation>
    </message>
    <message>
        <source>You can keep working with what is shown, or go on with the database that comes with Jimo Explorer.</source>
        <translation>您可以继续使用当前显示的内容，或改用 Jimo Explorer 随附的数据库。</translation>
    </message>
</context>
<context>
    <name>ExportColumn</name>
    <message>
        <source>Source ids</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <source>Source titles</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>Source addresses</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>设立时间</translation>
    </message>
    <message>
        <source>Founded (note)</source>
        <translation>设立时间说明</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Administrative code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Chinese name origin</source>
        <translation>中文名称来源</translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开工时间</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>投用时间</translation>
    </message>
    <message>
        <source>Organizations (role)</source>
        <translation>机构（角色）</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Subject (Chinese name)</source>
        <translation>对象（中文名称）</translation>
    </message>
    <message>
        <source>Subject type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Subject id</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>时期起始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>时期截止</translation>
    </message>
    <message>
        <source>Value as published</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Source · grade</source>
        <translation>来源 · 可信度</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation>来源可信度</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信方式</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有分歧</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date (note)</source>
        <translation>日期说明</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status (note)</source>
        <translation>状态说明</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Claimed in (source id)</source>
        <translation>出处（来源编号）</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及条目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Number in the catalogue</source>
        <translation>目录序号</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Place in the catalogue</source>
        <translation>目录所列地区</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准级别</translation>
    </message>
    <message>
        <source>Type of zone</source>
        <translation>开发区类型</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <source>Approved area (ha)</source>
        <translation>核准面积（公顷）</translation>
    </message>
    <message>
        <source>Leading industries</source>
        <translation>主导产业</translation>
    </message>
    <message>
        <source>Park (stated or inferred)</source>
        <translation>园区（明确或推断）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <source>Founded or started</source>
        <translation>设立或开工时间</translation>
    </message>
    <message>
        <source>Location or address</source>
        <translation>位置或地址</translation>
    </message>
    <message>
        <source>Starred on</source>
        <translation>关注时间</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>我的备注</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（无网址）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>对比项</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Export {what} to a CSV file.</source>
        <translation>将{what}导出为 CSV 文件。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>导出范围</translation>
    </message>
    <message>
        <source>Selected rows ({n})</source>
        <translation>所选行（{n}）</translation>
    </message>
    <message>
        <source>Rows shown ({n})</source>
        <translation>显示的行（{n}）</translation>
    </message>
    <message>
        <source>Everything of this kind in the database ({n})</source>
        <translation>数据库中的全部同类记录（{n}）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>导出列</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>要导出的列</translation>
    </message>
    <message>
        <source>Tick the columns to write; move them up or down to set their order.</source>
        <translation>勾选要写入的列，上移或下移可调整列的顺序。</translation>
    </message>
    <message>
        <source>Always written at the end, so every row keeps its provenance: {names}.</source>
        <translation>以下列始终写在最后，确保每一行都注明来源：{names}。</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel shows Chinese correctly)</source>
        <translation>UTF-8 带 BOM（Excel 可正确显示中文）</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 不带 BOM</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>表头语言(&amp;H)：</translation>
    </message>
    <message>
        <source>The language of the column names in the first row; the values are written as published.</source>
        <translation>第一行列名所用的语言；数据按公布原文写入。</translation>
    </message>
    <message>
        <source>E&amp;xcel-safe: write cells that look like formulas as text</source>
        <translation>Excel 安全模式：将形似公式的单元格写为文本(&amp;X)</translation>
    </message>
    <message>
        <source>A cell that starts with =, +, -, @, a tab or a line break gets a leading &apos; so that Excel never runs it as a formula. Plain numbers such as -12.5 are left alone.</source>
        <translation>以 =、+、-、@、制表符或换行符开头的单元格，会在开头加上 &apos;，这样 Excel 就不会把它当作公式运行。普通数字（如 -12.5）保持不变。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export running</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Cancel the export and quit?</source>
        <translation>取消导出并退出？</translation>
    </message>
    <message>
        <source>The file being written is not kept.</source>
        <translation>正在写入的文件不会保留。</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Tick at least one column to export.</source>
        <translation>请至少勾选一个要导出的列。</translation>
    </message>
    <message>
        <source>Writing {n} rows to {name}…</source>
        <translation>正在将{n}行写入“{name}”…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {path}.</source>
        <translation>
            <numerusform>已将%n行写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: {reason}.</source>
        <translation>未写入任何文件：{reason}。</translation>
    </message>
    <message>
        <source>Nothing was written: the export failed.</source>
        <translation>未写入任何文件：导出失败。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>unknown column {column!r} for {table} (choose from: {choices})</source>
        <translation>{table} 中没有 {column!r} 列（可选：{choices}）</translation>
    </message>
    <message>
        <source>unknown kind {kind!r} (choose from: {choices})</source>
        <translation>未知类型 {kind!r}（可选：{choices}）</translation>
    </message>
    <message>
        <source>--industry does not apply to {table}</source>
        <translation>--industry 不适用于 {table}</translation>
    </message>
    <message>
        <source>no park is recorded with industry {industry!r} (give an industry id or name: {known})</source>
        <translation>暂无产业为 {industry!r} 的园区记录（请给出产业编号或名称：{known}）</translation>
    </message>
    <message>
        <source>--kind does not apply to {table}</source>
        <translation>--kind 不适用于 {table}</translation>
    </message>
    <message>
        <source>unknown kind of {table} {kind!r} (choose from: {choices})</source>
        <translation>{table} 没有 {kind!r} 这一类型（可选：{choices}）</translation>
    </message>
    <message>
        <source>no {table} with id(s) {ids}</source>
        <translation>{table} 中没有编号为 {ids} 的记录</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>export.csv</source>
        <translation>导出.csv</translation>
    </message>
    <message>
        <source>Not available here: export the rows shown instead.</source>
        <translation>此处不可用，请改为导出显示的行。</translation>
    </message>
    <message>
        <source>zones of China&apos;s catalogue from the tree</source>
        <translation>园区目录中的全国开发区目录条目</translation>
    </message>
    <message>
        <source>zones.csv</source>
        <translation>开发区.csv</translation>
    </message>
    <message>
        <source>parks and companies from the tree</source>
        <translation>园区目录中的园区和企业</translation>
    </message>
    <message>
        <source>parks.csv</source>
        <translation>园区.csv</translation>
    </message>
    <message>
        <source>search results for “{query}”</source>
        <translation>“{query}”的搜索结果</translation>
    </message>
    <message>
        <source>search-results.csv</source>
        <translation>搜索结果.csv</translation>
    </message>
    <message>
        <source>item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>items related to {name}</source>
        <translation>{name}的关联项</translation>
    </message>
    <message>
        <source>related-{item}.csv</source>
        <translation>关联项-{item}.csv</translation>
    </message>
    <message>
        <source>the shortlist</source>
        <translation>关注清单</translation>
    </message>
    <message>
        <source>shortlist.csv</source>
        <translation>关注清单.csv</translation>
    </message>
    <message>
        <source>The shortlist is shown in full.</source>
        <translation>关注清单已全部显示。</translation>
    </message>
    <message>
        <source>figures of {name}</source>
        <translation>{name}的数据</translation>
    </message>
    <message>
        <source>figures-{item}.csv</source>
        <translation>数据-{item}.csv</translation>
    </message>
    <message>
        <source>jimo-figures-all-{date}.csv</source>
        <translation>即墨-数据-全部-{date}.csv</translation>
    </message>
    <message>
        <source>the comparison</source>
        <translation>对比表</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>对比表.csv</translation>
    </message>
    <message>
        <source>The comparison is shown in full.</source>
        <translation>对比表已全部显示。</translation>
    </message>
</context>
<context>
    <name>FacetChips</name>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>产业：</translation>
    </message>
    <message>
        <source>Source grade:</source>
        <translation>来源可信度：</translation>
    </message>
    <message>
        <source>Grade {grade} ({n})</source>
        <translation>{grade} 级（{n}）</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>{status} (inferred)</source>
        <translation>{status}（推断）</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>已证实</translation>
    </message>
    <message>
        <source>Partly corroborated</source>
        <translation>部分证实</translation>
    </message>
    <message>
        <source>Not corroborated</source>
        <translation>未获证实</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>与来源相悖</translation>
    </message>
</context>
<context>
    <name>FactCheckView</name>
    <message>
        <source>Fact check: the claims of the 2019 article</source>
        <translation>事实核查：2019年报道中的说法</translation>
    </message>
    <message>
        <source>Each claim of the article was checked against better sources: official bodies, major outlets and regional news.</source>
        <translation>报道中的每项说法均已对照更可靠的来源逐一核查，包括官方机构、主流媒体和地方新闻。</translation>
    </message>
    <message>
        <source>A news article of November 2019 on Qingdao&apos;s industrial parks (source {source}, grade {grade}) started this project. Each of its claims was checked against better sources: official bodies, major outlets and regional news. The badge says how the claim fared; the evidence says what the better sources show, and which ones. Follow a source id to open the source&apos;s page.</source>
        <translation>本项目缘起于2019年11月一篇关于青岛产业园区的新闻报道（来源{source}，可信度{grade}级）。报道中的每项说法均已对照更可靠的来源逐一核查，包括官方机构、主流媒体和地方新闻。状态标签表明核查结论；“依据”说明更可靠的来源记载了什么、出自哪些来源。点击来源编号可打开该来源的页面。</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} claims</source>
        <translation>共{total}条说法，显示{shown}条</translation>
    </message>
    <message>
        <source>Show only the claims that are {status}</source>
        <translation>只显示状态为“{status}”的说法</translation>
    </message>
    <message>
        <source>All ({n})</source>
        <translation>全部（{n}）</translation>
    </message>
    <message>
        <source>Show every claim</source>
        <translation>显示全部说法</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Conflict</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value as published</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Source · grade</source>
        <translation>来源 · 可信度</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信方式</translation>
    </message>
    <message>
        <source>Grades: A official body, major outlet or exchange filing; B regional news or a repost of it; C forum or aggregator, used only with corroboration.</source>
        <translation>可信度：A级为官方机构、主流媒体或交易所公告；B级为地方新闻或其转载；C级为论坛或聚合网站，仅在有其他来源佐证时采用。</translation>
    </message>
    <message>
        <source>no period given</source>
        <translation>未注明时期</translation>
    </message>
    <message>
        <source>{metric}, {period}: {value}</source>
        <translation>{metric}，{period}：{value}</translation>
    </message>
    <message>
        <source>Published as “more than” this value.</source>
        <translation>公布时表述为“超过”该数值。</translation>
    </message>
    <message>
        <source>Published as “less than” this value.</source>
        <translation>公布时表述为“少于”该数值。</translation>
    </message>
    <message>
        <source>Published as “at least” this value.</source>
        <translation>公布时表述为“不少于”该数值。</translation>
    </message>
    <message>
        <source>Published as “at most” this value.</source>
        <translation>公布时表述为“不超过”该数值。</translation>
    </message>
    <message>
        <source>Published as “about” this value.</source>
        <translation>公布时表述为“约”该数值。</translation>
    </message>
    <message>
        <source>Source {id} (grade {grade}): {title}</source>
        <translation>来源{id}（可信度{grade}级）：{title}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>注：{note}</translation>
    </message>
    <message>
        <source>Sources disagree for this metric and period: {others}</source>
        <translation>该指标在该时期来源说法不一：{others}</translation>
    </message>
    <message>
        <source>see the other flagged rows</source>
        <translation>见其他标记行</translation>
    </message>
    <message>
        <source>Disputed: {why} Other values: {others}</source>
        <translation>有分歧：{why} 其他数值：{others}</translation>
    </message>
    <message>
        <source>Not comparable: {why} Other values: {others}</source>
        <translation>不可比：{why} 其他数值：{others}</translation>
    </message>
    <message>
        <source>none in this table</source>
        <translation>本表中没有</translation>
    </message>
    <message>
        <source>Doubtful, not drawn in charts: {why}</source>
        <translation>存疑，图表中不绘出：{why}</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>Open source</source>
        <translation>打开来源</translation>
    </message>
    <message>
        <source>Open the page of this figure&apos;s source: its citation, address and grade</source>
        <translation>打开此数据来源的页面：引文、网址和可信度</translation>
    </message>
    <message>
        <source>Copy value with citation</source>
        <translation>复制数值及引文</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Value copied with its citation</source>
        <translation>已复制数值及其引文</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) with their sources</source>
        <translation>
            <numerusform>已复制 %n 行及其来源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>The help file is missing.</source>
        <translation>帮助文件缺失。</translation>
    </message>
    <message>
        <source>Jimo Explorer Help</source>
        <translation>Jimo Explorer 帮助</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Loading the charts…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <source>The district</source>
        <translation>本区</translation>
    </message>
    <message>
        <source>{name} at a glance</source>
        <translation>{name}概况</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>快速上手</translation>
    </message>
    <message>
        <source>What the data holds</source>
        <translation>数据收录情况</translation>
    </message>
    <message>
        <source>Data as of {date}. Every figure keeps its source, period and qualifier; where sources disagree, all values are shown side by side.</source>
        <translation>数据截至{date}。每项数据均注明来源、时期和限定；来源说法不一时，各数值并列显示。</translation>
    </message>
    <message>
        <source>WELCOME TO JIMO EXPLORER</source>
        <translation>欢迎使用 Jimo Explorer</translation>
    </message>
    <message>
        <source>Industrial parks of Jimo District, Qingdao</source>
        <translation>青岛市即墨区产业园区</translation>
    </message>
    <message>
        <source>A {kind} of {parent}</source>
        <translation>{parent}下辖的{kind}</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Open the district&apos;s page:</source>
        <translation>打开本区详情：</translation>
    </message>
    <message>
        <source>The article:</source>
        <translation>原始报道：</translation>
    </message>
    <message>
        <source>parks and zones</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>figures, each with its source</source>
        <translation>数据项，均注明来源</translation>
    </message>
    <message>
        <source>dated events</source>
        <translation>注明日期的事件</translation>
    </message>
    <message>
        <source>sources, graded A to C</source>
        <translation>来源，分A、B、C三级</translation>
    </message>
    <message>
        <source>claims checked</source>
        <translation>已核查的说法</translation>
    </message>
    <message>
        <source>Sources by grade:</source>
        <translation>来源可信度分布：</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Pick a group in the tree on the left — by type, industry or place — then a park, an enterprise or a project.</source>
        <translation>在左侧园区目录中选择一个分组（按类型、产业或地区），再选择园区、企业或项目。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Press Ctrl+F and type in English or Chinese: “auto”, “Airbus”, 即墨, 蓝谷.</source>
        <translation>按Ctrl+F，输入中文或英文均可，如“auto”“Airbus”“即墨”“蓝谷”。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>A 2019 news article made {n} claims about Jimo&apos;s parks. See which of them better sources bear out.</source>
        <translation>2019年的一篇新闻报道就即墨园区提出了{n}项说法，看看其中哪些得到了更可靠来源的证实。</translation>
    </message>
    <message>
        <source>Open the fact check</source>
        <translation>打开事实核查</translation>
    </message>
</context>
<context>
    <name>HoverText</name>
    <message>
        <source>full year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>multi-year period</source>
        <translation>多年期</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>single date</source>
        <translation>单日</translation>
    </message>
    <message>
        <source>totals up to a date</source>
        <translation>截至某日累计</translation>
    </message>
    <message>
        <source>periods from a date</source>
        <translation>自某日起</translation>
    </message>
    <message>
        <source>other period</source>
        <translation>其他时期</translation>
    </message>
    <message>
        <source>{first}–{last} period</source>
        <translation>{first}至{last}</translation>
    </message>
    <message>
        <source>{metric} · {periods}</source>
        <translation>{metric} · {periods}</translation>
    </message>
    <message>
        <source>{title} ({unit})</source>
        <translation>{title}（{unit}）</translation>
    </message>
    <message>
        <source>No. {rank}</source>
        <translation>第 {rank} 名</translation>
    </message>
    <message>
        <source>{value} (exact)</source>
        <translation>{value}（确切）</translation>
    </message>
    <message>
        <source>{words} {value} (qualifier “{qualifier}”: {words})</source>
        <translation>{words}{value}（限定“{qualifier}”：{words}）</translation>
    </message>
    <message>
        <source>As published: {published} (converted to {unit} for this chart)</source>
        <translation>公布值：{published}（本图表已换算为{unit}）</translation>
    </message>
    <message>
        <source>As published: {published}</source>
        <translation>公布值：{published}</translation>
    </message>
    <message>
        <source>{unit} = {meaning}</source>
        <translation>{unit} = {meaning}</translation>
    </message>
    <message>
        <source>Source {id}, grade {grade}: {title}</source>
        <translation>来源{id}，可信度{grade}级：{title}</translation>
    </message>
    <message>
        <source>{metric} · {period}</source>
        <translation>{metric} · {period}</translation>
    </message>
    <message>
        <source>Period: {period} ({kind})</source>
        <translation>时期：{period}（{kind}）</translation>
    </message>
    <message>
        <source>Disputed, not a trend: {why}</source>
        <translation>有分歧，不构成趋势：{why}</translation>
    </message>
    <message>
        <source>Not comparable, not a trend: {why}</source>
        <translation>不可比，不构成趋势：{why}</translation>
    </message>
    <message>
        <source>Sources disagree for this period: each value is shown with its source.</source>
        <translation>该时期来源说法不一，各数值均标明来源。</translation>
    </message>
    <message>
        <source>{name}: {count} {unit}</source>
        <translation>{name}：{count}个{unit}</translation>
    </message>
    <message>
        <source>… and %n more</source>
        <translation>…另有%n项</translation>
    </message>
    <message>
        <source>Click to open it.</source>
        <translation>点击可打开。</translation>
    </message>
    <message>
        <source>Click to choose one to open.</source>
        <translation>点击可选择要打开的条目。</translation>
    </message>
    <message>
        <source>{name} · {metric}</source>
        <translation>{name} · {metric}</translation>
    </message>
    <message>
        <source>Period: {period} (the latest published)</source>
        <translation>时期：{period}（最新公布）</translation>
    </message>
    <message>
        <source>Sources disagree: each value has its own bar.</source>
        <translation>来源说法不一，每个数值各占一根柱形。</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>{citation} (grade {grade}, {id})</source>
        <translation>{citation}（可信度{grade}级，{id}）</translation>
    </message>
    <message>
        <source>† converted from the published unit</source>
        <translation>† 已由公布单位换算</translation>
    </message>
    <message>
        <source>not plotted, being of another period length: {periods}</source>
        <translation>时期长度不同、未绘入本图：{periods}</translation>
    </message>
    <message>
        <source>%n doubtful figure(s) not drawn (see the figures table)</source>
        <translation>%n个存疑数据未绘出（见数据表）</translation>
    </message>
    <message>
        <source>boxed values are disputed or not comparable: not a trend</source>
        <translation>方框内的数值有分歧或不可比，不构成趋势</translation>
    </message>
    <message>
        <source>largest values only: %n more item(s) not shown</source>
        <translation>仅显示数值最大者：另有%n个条目未显示</translation>
    </message>
    <message>
        <source>%n figure(s) without period or value not plotted</source>
        <translation>%n个数据项缺少时期或数值，未绘出</translation>
    </message>
    <message>
        <source>{name} — over time, %n value(s)</source>
        <translation>{name}——历年走势，共%n个数值</translation>
    </message>
    <message>
        <source>{name} — %n item(s) compared</source>
        <translation>{name}——%n个条目对比</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>rank (1 = first)</source>
        <translation>排名（1 = 第一）</translation>
    </message>
    <message>
        <source>period covered (point at its middle)</source>
        <translation>所涵盖时期（点标在中间）</translation>
    </message>
    <message>
        <source>sources disagree (labelled by source)</source>
        <translation>来源说法不一（按来源标注）</translation>
    </message>
    <message>
        <source>disputed or not comparable: not a trend (hover)</source>
        <translation>有分歧或不可比：不构成趋势（悬停查看）</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Also known as: {aliases}</source>
        <translation>别名：{aliases}</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Open the industry “{name}”</source>
        <translation>打开产业“{name}”</translation>
    </message>
    <message>
        <source>Recorded for this park by source {source}</source>
        <translation>来源{source}记载该园区有此产业</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>设立时间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开工时间</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>投用时间</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reliability grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <source>Admin code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>{lat:.3f}° {ns}, {lon:.3f}° {ew}</source>
        <translation>{ns}纬{lat:.3f}°，{ew}经{lon:.3f}°</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>in the 2018 catalogue of development zones as {code}, {approved}, {area} ha</source>
        <translation>列入《中国开发区审核公告目录》（2018年版），代码 {code}，{approved}，{area} 公顷</translation>
    </message>
    <message>
        <source>probably {code} of the 2018 catalogue, {approved}, {area} ha</source>
        <translation>可能即2018年版目录中的 {code}，{approved}，{area} 公顷</translation>
    </message>
    <message>
        <source>State Council</source>
        <translation>国务院</translation>
    </message>
    <message>
        <source>provincial government</source>
        <translation>省政府</translation>
    </message>
    <message>
        <source>{code} {name}: approved by the {body}, {approved}; {type}; {area} ha; leading industries {industries}</source>
        <translation>{code} {name}：{body}批准，{approved}；{type}；{area} 公顷；主导产业 {industries}</translation>
    </message>
    <message>
        <source>Source {source}: {title}</source>
        <translation>来源 {source}：{title}</translation>
    </message>
    <message>
        <source>Inferred to be this park, not stated by a source: {why}</source>
        <translation>系推断为本园区，并无来源明言：{why}</translation>
    </message>
    <message>
        <source>source {source} · grade {grade}</source>
        <translation>来源{source} · 可信度{grade}级</translation>
    </message>
    <message>
        <source>Other sources give {values}: see the Figures tab. All are kept.</source>
        <translation>其他来源给出的数值为{values}，详见“数据”标签页。各数值均予保留。</translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Remove from &amp;Shortlist</source>
        <translation>移出关注清单(&amp;S)</translation>
    </message>
    <message>
        <source>Add to &amp;Shortlist</source>
        <translation>加入关注清单(&amp;S)</translation>
    </message>
    <message>
        <source>Add {n} Items to &amp;Shortlist</source>
        <translation>将{n}个条目加入关注清单(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare {n} Items</source>
        <translation>对比{n}个条目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare (select 2 to 5 items)</source>
        <translation>对比(&amp;C)（请选择2至5个条目）</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>导出为CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Select {min} to {max} parks, companies or projects to compare (Ctrl+click or Shift+click in the tree, the shortlist or a table); {n} selected.</source>
        <translation>请选择{min}至{max}个园区、企业或项目进行对比（在园区目录、关注清单或表格中按住Ctrl或Shift点击）；已选{n}个。</translation>
    </message>
    <message>
        <source>Exported %n row(s) to {path}.</source>
        <translation>已将%n行导出至{path}。</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <source>Park or zone</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Zone in China&apos;s catalogue</source>
        <translation>全国开发区目录条目</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
</context>
<context>
    <name>LazyMap</name>
    <message>
        <source>The map opens here.</source>
        <translation>地图在此打开。</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>cannot write the log file {path} ({reason}); logging is off.</source>
        <translation>无法写入日志文件 {path}（{reason}），日志记录已关闭。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fact Check</source>
        <translation>事实核查</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比表</translation>
    </message>
    <message>
        <source>{page} — {file} — Jimo Explorer</source>
        <translation>{page} — {file} — Jimo Explorer</translation>
    </message>
    <message>
        <source>{page} — Jimo Explorer</source>
        <translation>{page} — Jimo Explorer</translation>
    </message>
    <message>
        <source>{file} — Jimo Explorer</source>
        <translation>{file} — Jimo Explorer</translation>
    </message>
    <message>
        <source>Jimo Explorer</source>
        <translation>Jimo Explorer</translation>
    </message>
    <message>
        <source>Database: {file}</source>
        <translation>数据库：{file}</translation>
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
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>{parks} parks and zones · {orgs} organizations · {projects} projects · {sources} sources · data as of {as_of}</source>
        <translation>{parks}个园区 · {orgs}家机构 · {projects}个项目 · {sources}个来源 · 数据截至{as_of}</translation>
    </message>
    <message>
        <source>That item is not in this database.</source>
        <translation>该条目不在本数据库中。</translation>
    </message>
    <message>
        <source>Select at most {n} items to compare them.</source>
        <translation>最多只能选择{n}个条目进行对比。</translation>
    </message>
</context>
<context>
    <name>MapData</name>
    <message>
        <source>© OpenStreetMap contributors (ODbL)</source>
        <translation>© OpenStreetMap 贡献者（ODbL）</translation>
    </message>
    <message>
        <source>Coast: GSHHG, Wessel &amp; Smith (LGPL-3.0)</source>
        <translation>海岸线：GSHHG，Wessel &amp; Smith（LGPL-3.0）</translation>
    </message>
    <message>
        <source>Location within the district not published</source>
        <translation>区内具体位置未公布</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Jimo District: sub-districts and towns</source>
        <translation>即墨区：街道和镇</translation>
    </message>
    <message>
        <source>Click a sub-district or town to list its parks; double-click it to open it. Wheel or + and − zoom, drag or the arrow keys pan, Tab goes through the towns.</source>
        <translation>单击街道或镇列出其中的园区；双击打开。滚轮或 + 和 − 缩放，拖动或方向键平移，Tab 键依次选择各街道和镇。</translation>
    </message>
    <message>
        <source>Parks placed here by their sources</source>
        <translation>来源所述位于此处的园区</translation>
    </message>
    <message>
        <source>The towns of the park shown</source>
        <translation>所显示园区所在的街道和镇</translation>
    </message>
    <message>
        <source>The district&apos;s coordinate, the only point the sources give</source>
        <translation>区的坐标，来源给出的唯一坐标点</translation>
    </message>
    <message>
        <source>Qingdao&apos;s other districts</source>
        <translation>青岛的其他区市</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Boundaries: {publisher}, {date} (source {id}, grade {grade}); community-drawn, not an official map.</source>
        <translation>边界：{publisher}，{date}（来源 {id}，等级 {grade}）；社区绘制，并非官方地图。</translation>
    </message>
    <message>
        <source>Coast: Jimo&apos;s sea edge</source>
        <translation>海岸线：即墨区的临海边界</translation>
    </message>
    <message>
        <source>Shoreline and sea (GSHHG)</source>
        <translation>GSHHG 海岸线与海域</translation>
    </message>
    <message>
        <source>Coast: GSHHG 2.3.6, about 100 m, not a survey (source {id}, grade {grade}); sea edge: Jimo&apos;s outline within 1 km of its shoreline.</source>
        <translation>海岸线：GSHHG 2.3.6，精度约 100 米，非实测（来源 {id}，等级 {grade}）；临海边界：即墨区轮廓中距海岸线 1 公里以内的部分。</translation>
    </message>
    <message>
        <source>Source {id} ({publisher}): {note}</source>
        <translation>来源 {id}（{publisher}）：{note}</translation>
    </message>
    <message>
        <source>Select a sub-district or town to list its parks.</source>
        <translation>选择一个街道或镇以列出其中的园区。</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) placed here by their sources</source>
        <translation>
            <numerusform>来源所述位于此处的园区 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>no park is placed here by the sources.</source>
        <translation>来源未述及位于此处的园区。</translation>
    </message>
    <message>
        <source>No park is placed here by the sources.</source>
        <translation>来源未述及位于此处的园区。</translation>
    </message>
    <message>
        <source>Outline: {publisher}, {date} ({id})</source>
        <translation>边界：{publisher}，{date}（{id}）</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>The map could not be saved: {error}</source>
        <translation>地图无法保存：{error}</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>Boundaries: OpenStreetMap, {date}; not an official map</source>
        <translation>边界：OpenStreetMap，{date}；并非官方地图</translation>
    </message>
</context>
<context>
    <name>MetricWords</name>
    <message>
        <source>* The Chinese name of “{metric}” is the project&apos;s own translation, not quoted from a source.</source>
        <translation>* “{metric}”的中文名称为本项目自译，并非引自资料来源</translation>
    </message>
    <message>
        <source>The Chinese name of “{metric}” is as source {source} gives it.</source>
        <translation>“{metric}”的中文名称依资料来源 {source}。</translation>
    </message>
</context>
<context>
    <name>NameOrigin</name>
    <message>
        <source>* Chinese name shortened by the project from a longer published name; not quoted from a source.</source>
        <translation>* 中文名称为本项目据较长的公开名称自行简称，并非引自资料来源</translation>
    </message>
    <message>
        <source>* Chinese name: the project&apos;s own translation, not quoted from a source.</source>
        <translation>* 中文名称为本项目自译，并非引自资料来源</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Write a note on this item: who you met, what to ask… It is saved as you type and kept on this computer.</source>
        <translation>为该条目写备注，如见过谁、要问什么等。输入时自动保存，仅保存在本机上。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No item open&lt;/b&gt;</source>
        <translation>&lt;b&gt;未打开任何条目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A note belongs to a park, company or project: it shows here when one is open.</source>
        <translation>备注属于某个园区、企业或项目：打开条目后，其备注会显示在这里。</translation>
    </message>
    <message>
        <source>Note: no item open</source>
        <translation>备注：未打开任何条目</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note on {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;关于{name}的备注&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your note on {name}</source>
        <translation>我对{name}的备注</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ParkTreeModel</name>
    <message>
        <source>Development zones</source>
        <translation>开发区</translation>
    </message>
    <message>
        <source>Industrial parks and towns</source>
        <translation>产业园区和特色小镇</translation>
    </message>
    <message>
        <source>Industrial clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Logistics and trade</source>
        <translation>物流商贸</translation>
    </message>
    <message>
        <source>Tourism and culture</source>
        <translation>文化旅游</translation>
    </message>
    <message>
        <source>No industry recorded</source>
        <translation>暂无产业记录</translation>
    </message>
    <message>
        <source>No place recorded</source>
        <translation>暂无地区记录</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>{name} · {name_zh}</source>
        <translation>{name} · {name_zh}</translation>
    </message>
    <message>
        <source>Zones of China&apos;s catalogue (number)</source>
        <translation>全国开发区目录（数量）</translation>
    </message>
    <message>
        <source>Parks (number inside)</source>
        <translation>园区（内含数量）</translation>
    </message>
    <message>
        <source>China&apos;s catalogue of development zones (2018) by province and city, with the number of zones in each. A zone is under its city only where a source says which city it is in; the others are under “City not stated”.</source>
        <translation>《中国开发区审核公告目录》（2018年版）按省份和城市排列，并标出各自的开发区数量。只有来源说明了所在城市的开发区才列在该城市下，其余列在“未注明城市”下。</translation>
    </message>
    <message>
        <source>The number after a name counts what is directly inside it: the parks of a group; the zones, projects and organizations of a park. With a filter it counts what the filter shows. A row without a number has nothing inside.</source>
        <translation>名称后的数字表示其直接包含的条目数：分组下为园区数；园区下为其中的片区、项目和机构数。筛选时只计筛选后显示的条目。没有数字的行表示其中没有任何条目。</translation>
    </message>
    <message>
        <source>is {park}</source>
        <translation>即{park}</translation>
    </message>
    <message>
        <source>probably {park}</source>
        <translation>可能即{park}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Park or zone</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Zone in China&apos;s catalogue</source>
        <translation>全国开发区目录条目</translation>
    </message>
    <message>
        <source>{kind}: {detail}</source>
        <translation>{kind}：{detail}</translation>
    </message>
    <message>
        <source>Zones shown: {count}</source>
        <translation>显示的开发区：{count}</translation>
    </message>
    <message>
        <source>Zones: {count}</source>
        <translation>开发区：{count}</translation>
    </message>
    <message>
        <source>Parks shown: {count}</source>
        <translation>显示的园区：{count}</translation>
    </message>
    <message>
        <source>Parks: {count}</source>
        <translation>园区：{count}</translation>
    </message>
    <message>
        <source>Matching items inside: {count}</source>
        <translation>其中匹配的条目：{count}</translation>
    </message>
    <message>
        <source>Zones, projects and organizations inside: {count}</source>
        <translation>所含园区、项目和机构：{count}</translation>
    </message>
    <message>
        <source>City not stated</source>
        <translation>未注明城市</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>设立时间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>另 {n} 项</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开工时间</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>投用时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reliability grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>source {source}</source>
        <translation>来源 {source}</translation>
    </message>
    <message>
        <source>Page Down: next · Page Up: previous · Esc: leave the presentation</source>
        <translation>Page Down：下一个 · Page Up：上一个 · Esc：退出演示</translation>
    </message>
    <message>
        <source>{n} / {count}</source>
        <translation>{n} / {count}</translation>
    </message>
    <message>
        <source>This item is not in the database.</source>
        <translation>此条目不在数据库中。</translation>
    </message>
    <message>
        <source>No figure of this item is published for two or more periods.</source>
        <translation>此条目没有两个或以上时期的已发布数据。</translation>
    </message>
    <message>
        <source>{n} more sources on the item&apos;s page</source>
        <translation>条目页面上还有 {n} 个来源</translation>
    </message>
</context>
<context>
    <name>RelatedModel</name>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kind or role</source>
        <translation>类型或角色</translation>
    </message>
    <message>
        <source>through project {name}</source>
        <translation>经由项目{name}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open {name}</source>
        <translation>双击或按Enter键打开{name}</translation>
    </message>
</context>
<context>
    <name>RowCopy</name>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search everything: English or 中文  (Ctrl+F)</source>
        <translation>搜索全部内容，中英文均可（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>共%n条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “{query}”. Try fewer or shorter words, or Chinese.</source>
        <translation>没有与“{query}”匹配的结果。请减少或缩短关键词，或改用中文。</translation>
    </message>
    <message>
        <source>Did you mean {query}?</source>
        <translation>您要找的是不是{query}？</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Search result</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be read ({reason}); defaults are used.</source>
        <translation>无法读取您的设置（{reason}），现使用默认设置。</translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of Jimo Explorer: it is used as far as this version understands it and kept as it is (changes won&apos;t be kept after you quit).</source>
        <translation>“{name}”由更新版本的 Jimo Explorer 保存：本版本仅读取其中能识别的内容，文件保持不变（退出后更改将不会保留）。</translation>
    </message>
    <message>
        <source>Settings cannot be saved in “{folder}” ({reason}); changes won&apos;t be kept after you quit.</source>
        <translation>无法将设置保存到“{folder}”（{reason}），退出后更改将不会保留。</translation>
    </message>
    <message>
        <source>Your settings file was damaged and has been kept as “{name}”; defaults are used.</source>
        <translation>您的设置文件已损坏，原文件已保留为“{name}”，现使用默认设置。</translation>
    </message>
    <message>
        <source>Your settings file was damaged; defaults are used.</source>
        <translation>您的设置文件已损坏，现使用默认设置。</translation>
    </message>
</context>
<context>
    <name>ShortlistModel</name>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>我的备注</translation>
    </message>
    <message>
        <source>{name} (not in this database)</source>
        <translation>{name}（不在本数据库中）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open {name}</source>
        <translation>双击或按Enter键打开{name}</translation>
    </message>
</context>
<context>
    <name>ShortlistNotes</name>
    <message numerus="yes">
        <source>Added %n item(s) to the shortlist.</source>
        <translation>
            <numerusform>已将%n个条目加入关注清单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) off the shortlist.</source>
        <translation>
            <numerusform>已将%n个条目移出关注清单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortlist ({n})</source>
        <translation>关注清单（{n}）</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已关注</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Kept only until you quit</source>
        <translation>仅保留到退出程序为止</translation>
    </message>
</context>
<context>
    <name>ShortlistPanel</name>
    <message>
        <source>Shortlist</source>
        <translation>关注清单</translation>
    </message>
    <message>
        <source>No starred items yet.

Open a park, company or project and press Ctrl+D (or click ☆ Star) to keep it here. Notes you write on an item show here too.</source>
        <translation>尚无关注的条目。

打开园区、企业或项目后，按Ctrl+D（或点击“☆ 关注”），即可将其加入此处。为条目写的备注也会显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the selected items side by side (2 to 5)</source>
        <translation>并排对比所选条目（2至5个）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the shortlist to a CSV file</source>
        <translation>将关注清单导出为CSV文件</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected items off the shortlist (Delete)</source>
        <translation>将所选条目移出关注清单（Delete）</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Park tree and search</source>
        <translation>园区目录和搜索</translation>
    </message>
    <message>
        <source>Show the park tree and search again</source>
        <translation>重新显示园区目录和搜索</translation>
    </message>
    <message>
        <source>Show the note and the shortlist again</source>
        <translation>重新显示备注和关注清单</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>{title}. {published}{address}(grade {grade}, {id})</source>
        <translation>{title}. {published}{address}（可信度{grade}级，{id}）</translation>
    </message>
</context>
<context>
    <name>SourceGrade</name>
    <message>
        <source>Grade A: official body, major outlet or stock-exchange filing.</source>
        <translation>A级：官方机构、主流媒体或证券交易所披露文件。</translation>
    </message>
    <message>
        <source>Grade B: regional news, or a repost of regional news.</source>
        <translation>B级：地方新闻或其转载。</translation>
    </message>
    <message>
        <source>Grade C: forum, aggregator or low-quality page; used only with corroboration.</source>
        <translation>C级：论坛、聚合网站或低质量网页；仅在有其他来源佐证时采用。</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>未注明日期</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Open address</source>
        <translation>打开网址</translation>
    </message>
    <message>
        <source>Open the source&apos;s web address in your browser</source>
        <translation>在浏览器中打开该来源的网址</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <source>Copy a one-line citation of the source</source>
        <translation>复制该来源的单行引文</translation>
    </message>
    <message>
        <source>The address could not be opened (no browser, or offline). Copied: paste it into a browser.</source>
        <translation>无法打开该网址（没有浏览器或处于离线状态）。已复制：请粘贴到浏览器中。</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>已复制引文</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>No source states this: the status rests on inference from the evidence.</source>
        <translation>没有来源明确陈述这一点：该状态是根据依据推断得出的。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Date: {note}</source>
        <translation>日期说明：{note}</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>涉及：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Context (catalogue of zones)</source>
        <translation>全国开发区目录</translation>
    </message>
    <message>
        <source>How the parks are grouped in the tree</source>
        <translation>园区目录中园区的分组方式</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Filter parks and companies…</source>
        <translation>筛选园区和企业…</translation>
    </message>
    <message>
        <source>Filter the park tree</source>
        <translation>筛选园区目录</translation>
    </message>
    <message>
        <source>Type part of an English or Chinese name; Esc clears the filter.</source>
        <translation>输入英文或中文名称的一部分；按Esc清除筛选。</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>No park or company matches “{text}”.

Press Esc to clear the filter.</source>
        <translation>没有与“{text}”匹配的园区或企业。

按Esc清除筛选。</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>“{name}” is not a readable database ({error}).</source>
        <translation>“{name}”不是可读取的数据库（{error}）。</translation>
    </message>
    <message>
        <source>“{name}” is damaged ({status}).</source>
        <translation>“{name}”已损坏（{status}）。</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of Jimo Explorer (data format {version}; this version reads up to {supported}).</source>
        <translation>“{name}”由更新版本的 Jimo Explorer 创建（数据格式版本为{version}，本版本最高只能读取版本{supported}）。</translation>
    </message>
    <message>
        <source>“{name}” holds tables but no data format version.</source>
        <translation>“{name}”中有数据表，但没有数据格式版本。</translation>
    </message>
    <message>
        <source>“{name}” lacks the table(s) {tables}.</source>
        <translation>“{name}”缺少以下表：{tables}。</translation>
    </message>
    <message>
        <source>{reason} It is left as it is; changes you make now won&apos;t be saved after you quit.</source>
        <translation>{reason}该文件将保持不变；您现在所做的更改在退出后不会保存。</translation>
    </message>
    <message>
        <source>“{name}” is not a database file.</source>
        <translation>“{name}”不是数据库文件。</translation>
    </message>
    <message>
        <source>Your shortlist and notes file could not be used: {reason} It has been kept as “{name}” in “{folder}”, and a new, empty one was started.</source>
        <translation>无法使用您的关注清单和备注文件：{reason}原文件已保留为“{folder}”中的“{name}”，并已新建一个空文件。</translation>
    </message>
    <message>
        <source>Your shortlist and notes cannot be saved in “{folder}”{why}; changes won&apos;t be saved after you quit.</source>
        <translation>无法将您的关注清单和备注保存到“{folder}”{why}；退出后更改将不会保存。</translation>
    </message>
    <message>
        <source>The disk is full: your shortlist and notes cannot be saved in “{folder}”; changes won&apos;t be saved after you quit.</source>
        <translation>磁盘已满：无法将您的关注清单和备注保存到“{folder}”；退出后更改将不会保存。</translation>
    </message>
    <message>
        <source>Your shortlist and notes file in “{folder}” is read-only: it is shown, but changes won&apos;t be saved after you quit.</source>
        <translation>“{folder}”中的关注清单和备注文件为只读：可以查看其内容，但退出后更改将不会保存。</translation>
    </message>
    <message>
        <source>{reason} {consequence}</source>
        <translation>{reason}{consequence}</translation>
    </message>
    <message>
        <source>The shortlist file “{path}” is not a database file.</source>
        <translation>关注清单文件“{path}”不是数据库文件。</translation>
    </message>
    <message>
        <source>The shortlist file “{path}” cannot be opened ({error}).</source>
        <translation>无法打开关注清单文件“{path}”（{error}）。</translation>
    </message>
    <message>
        <source>The shortlist file “{path}” cannot be used: {reason}</source>
        <translation>无法使用关注清单文件“{path}”：{reason}</translation>
    </message>
    <message>
        <source>Your change could not be saved ({error}); it will be lost when you quit.</source>
        <translation>您的更改未能保存（{error}），退出后将丢失。</translation>
    </message>
    <message>
        <source>The disk is full: the star was not saved.</source>
        <translation>磁盘已满：关注操作未能保存。</translation>
    </message>
    <message>
        <source>The disk is full: the item was not taken off the shortlist.</source>
        <translation>磁盘已满：未能将该条目移出关注清单。</translation>
    </message>
    <message>
        <source>The disk is full: your note was not saved.</source>
        <translation>磁盘已满：您的备注未能保存。</translation>
    </message>
</context>
<context>
    <name>ViewModes</name>
    <message>
        <source>Zoom: {percent} %</source>
        <translation>缩放：{percent}%</translation>
    </message>
    <message>
        <source>Nothing to present: star items for the shortlist, or open a group of the tree.</source>
        <translation>没有可演示的内容：请为条目加星加入关注清单，或在树中打开一个分组。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>characteristic town</source>
        <translation>特色小镇</translation>
    </message>
    <message>
        <source>comprehensive bonded zone</source>
        <translation>综合保税区</translation>
    </message>
    <message>
        <source>cultural industry park</source>
        <translation>文化产业园</translation>
    </message>
    <message>
        <source>economic development zone</source>
        <translation>经济开发区</translation>
    </message>
    <message>
        <source>functional area</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>hi-tech zone</source>
        <translation>高新技术产业开发区</translation>
    </message>
    <message>
        <source>industrial city project</source>
        <translation>产业新城项目</translation>
    </message>
    <message>
        <source>industrial cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>industrial functional zone</source>
        <translation>产业功能区</translation>
    </message>
    <message>
        <source>industrial park</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <source>investment park</source>
        <translation>投资园区</translation>
    </message>
    <message>
        <source>logistics hub</source>
        <translation>物流枢纽</translation>
    </message>
    <message>
        <source>market cluster</source>
        <translation>市场集群</translation>
    </message>
    <message>
        <source>strategic zone</source>
        <translation>战略功能区</translation>
    </message>
    <message>
        <source>tourist resort</source>
        <translation>旅游度假区</translation>
    </message>
    <message>
        <source>company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>group</source>
        <translation>集团</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>管理机构</translation>
    </message>
    <message>
        <source>research institute</source>
        <translation>研究院所</translation>
    </message>
    <message>
        <source>association</source>
        <translation>协会</translation>
    </message>
    <message>
        <source>vehicle plant</source>
        <translation>整车工厂</translation>
    </message>
    <message>
        <source>assembly line</source>
        <translation>生产线</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <source>logistics park</source>
        <translation>物流园</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>biomedical project</source>
        <translation>生物医药项目</translation>
    </message>
    <message>
        <source>research facility</source>
        <translation>研发设施</translation>
    </message>
    <message>
        <source>industrial park project</source>
        <translation>产业园项目</translation>
    </message>
    <message>
        <source>training centre</source>
        <translation>培训中心</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区</translation>
    </message>
    <message>
        <source>county-level city</source>
        <translation>县级市</translation>
    </message>
    <message>
        <source>sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>town</source>
        <translation>镇</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <source>developer</source>
        <translation>开发方</translation>
    </message>
    <message>
        <source>national</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>明确陈述</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>产业</translation>
    </message>
</context>
<context>
    <name>ZoneFacts</name>
    <message>
        <source>Economic and technological development zone</source>
        <translation>经济技术开发区</translation>
    </message>
    <message>
        <source>High-tech industrial development zone</source>
        <translation>高新技术产业开发区</translation>
    </message>
    <message>
        <source>Special customs supervision area</source>
        <translation>海关特殊监管区域</translation>
    </message>
    <message>
        <source>Border or cross-border economic cooperation zone</source>
        <translation>边境/跨境经济合作区</translation>
    </message>
    <message>
        <source>Other development zone</source>
        <translation>其他类型开发区</translation>
    </message>
    <message>
        <source>Economic development zone</source>
        <translation>经济开发区</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>工业园区</translation>
    </message>
    <message>
        <source>State Council</source>
        <translation>国务院</translation>
    </message>
    <message>
        <source>Provincial government</source>
        <translation>省政府</translation>
    </message>
    <message>
        <source>stated: the catalogue gives the park&apos;s name</source>
        <translation>明确：目录所列即该园区的名称</translation>
    </message>
    <message>
        <source>inferred, not stated by a source: {why}</source>
        <translation>推断，并无来源明确说明：{why}</translation>
    </message>
    <message>
        <source>{note} (source {source})</source>
        <translation>{note}（来源 {source}）</translation>
    </message>
    <message>
        <source>The catalogue&apos;s place “{place}” is this place of the data (source {source})</source>
        <translation>目录所列地区“{place}”即本数据中的该地区（来源 {source}）</translation>
    </message>
    <message>
        <source>{id} · {title} · grade {grade}</source>
        <translation>{id} · {title} · 可信度 {grade}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Entry {number} of the catalogue</source>
        <translation>目录第{number}条</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Place in the catalogue</source>
        <translation>目录所列地区</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准级别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <source>Approved area</source>
        <translation>核准面积</translation>
    </message>
    <message>
        <source>{area} ha</source>
        <translation>{area} 公顷</translation>
    </message>
    <message>
        <source>Leading industries</source>
        <translation>主导产业</translation>
    </message>
    <message>
        <source>As the catalogue gives them, in Chinese</source>
        <translation>按目录原文列出</translation>
    </message>
    <message>
        <source>Jimo park</source>
        <translation>即墨园区</translation>
    </message>
    <message>
        <source>How it is known</source>
        <translation>对应依据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>转录说明</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About Jimo Explorer</source>
        <translation>关于 Jimo Explorer</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>许可证…</translation>
    </message>
    <message>
        <source>Your shortlist and notes are not saved: they are kept in memory only.</source>
        <translation>您的关注清单和备注未保存：仅保留在内存中。</translation>
    </message>
    <message>
        <source>Your shortlist and notes are kept in {folder}</source>
        <translation>您的关注清单和备注保存在 {folder}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jimo Explorer {version}&lt;/h3&gt;&lt;p&gt;The industrial parks, development zones, enterprises and projects of Jimo District (即墨区), Qingdao, offline.&lt;/p&gt;&lt;p&gt;{figures} figures and {events} events from {sources} sources, each with its reliability grade. Data as of {as_of}.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;&lt;p&gt;Jimo Explorer is free software under the {licence} licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jimo Explorer {version}&lt;/h3&gt;&lt;p&gt;离线浏览青岛市即墨区的产业园区、开发区、企业和项目。&lt;/p&gt;&lt;p&gt;收录来自{sources}个来源的{figures}项数据和{events}个事件，均注明可信度。数据截至{as_of}。&lt;/p&gt;&lt;p&gt;数据库：{path}&lt;/p&gt;&lt;p&gt;Jimo Explorer 是以 {licence} 许可证发布的自由软件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with these components and licences:</source>
        <translation>本程序使用的组件及其许可证：</translation>
    </message>
    <message>
        <source>Map boundaries © OpenStreetMap contributors, available under the Open Database License (ODbL): https://www.openstreetmap.org/copyright</source>
        <translation>地图边界 © OpenStreetMap 贡献者，依据开放数据库许可协议（ODbL）提供：https://www.openstreetmap.org/copyright</translation>
    </message>
    <message>
        <source>Map coast from GSHHG 2.3.6 (P. Wessel and W. H. F. Smith), available under the GNU Lesser General Public License, version 3 or later: https://www.soest.hawaii.edu/pwessel/gshhg/</source>
        <translation>地图海岸线来自 GSHHG 2.3.6（P. Wessel 与 W. H. F. Smith），依据 GNU 宽通用公共许可证第 3 版或更高版本（LGPL-3.0-or-later）提供：https://www.soest.hawaii.edu/pwessel/gshhg/</translation>
    </message>
    <message>
        <source>The folder could not be opened; its path was copied.</source>
        <translation>无法打开该文件夹，已复制其路径。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The database opened last cannot be opened again: {reason}</source>
        <translation>上次打开的数据库无法再次打开：{reason}</translation>
    </message>
    <message>
        <source>The bundled database is open.</source>
        <translation>已打开随附数据库。</translation>
    </message>
    <message>
        <source>Jimo Explorer cannot start</source>
        <translation>Jimo Explorer 无法启动</translation>
    </message>
    <message>
        <source>Reinstall Jimo Explorer, or choose another database file with --db.</source>
        <translation>请重新安装 Jimo Explorer，或用 --db 指定其他数据库文件。</translation>
    </message>
    <message>
        <source>Jimo Explorer</source>
        <translation>Jimo Explorer</translation>
    </message>
    <message>
        <source>The database that was open stays open.</source>
        <translation>原先打开的数据库仍保持打开。</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>to {end}</source>
        <translation>截至{end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>{start}起</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>{part} {year}</source>
        <translation>{year}年{part}</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
</context>
<context>
    <name>licences</name>
    <message>
        <source>The file {name} is missing from this copy of the program.</source>
        <translation>此程序副本中缺少文件 {name}。</translation>
    </message>
    <message>
        <source>Licences of Jimo Explorer</source>
        <translation>Jimo Explorer 的许可证</translation>
    </message>
    <message>
        <source>Jimo Explorer (MIT)</source>
        <translation>Jimo Explorer（MIT）</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Parks and zones</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Fact-check claims</source>
        <translation>事实核查说法</translation>
    </message>
    <message>
        <source>China&apos;s catalogue of zones (2018)</source>
        <translation>全国开发区目录（2018年版）</translation>
    </message>
</context>
</TS>
