<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLogView</name>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Every erasure, retention purge, export of a person&apos;s data, session deletion and API key change is on record here. The log cannot be changed; an erased person appears only as a one-way hash.</source>
        <translation>每次删除个人数据、保留期清理、导出个人数据、删除会话和更改 API 密钥都记录在此。日志不可更改；被删除的人只以单向哈希值出现。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>BankQuestionDialog</name>
    <message>
        <source>Bank Question</source>
        <translation>题库题目</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>题目(&amp;Q)：</translation>
    </message>
    <message>
        <source>The question as you would ask it</source>
        <translation>按你提问时的说法填写</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>分类(&amp;G)：</translation>
    </message>
    <message>
        <source>optional, e.g. Programming basics</source>
        <translation>可选，例如：编程基础</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>难度(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>separated by commas, e.g. python, 并发</source>
        <translation>用逗号分隔，例如：python，并发</translation>
    </message>
    <message>
        <source>&amp;Expected answer:</source>
        <translation>参考答案(&amp;E)：</translation>
    </message>
    <message>
        <source>What a good answer covers (for the interviewer only)</source>
        <translation>好的回答应涵盖什么（仅面试官可见）</translation>
    </message>
</context>
<context>
    <name>BankQuestionPicker</name>
    <message>
        <source>Add Questions from the Bank</source>
        <translation>从题库添加题目</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Interviewer Calibration</source>
        <translation>面试官校准</translation>
    </message>
    <message>
        <source>Scores are out of 10; the spread is the standard deviation. The AI-vs-human gap is the mean of (the interviewer&apos;s score − the score the workflow posted) over the posted scores the interviewer changed: positive means they score higher than the AI.</source>
        <translation>分数满分 10 分；离散度为标准差。AI 与人工差值是面试官修改过的工作流所提交分数上（面试官分数 − 工作流提交分数）的平均值：正值表示面试官打分高于 AI。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S):</translation>
    </message>
    <message>
        <source>User ID, name or email</source>
        <translation>用户 ID、姓名或邮箱</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职位(&amp;P):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>用户 ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;osition applied for:</source>
        <translation>应聘职位(&amp;O):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T):</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation>保存档案(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Interviews (Enter opens one in the main window):</source>
        <translation>面试(&amp;I)(按回车键在主窗口中打开):</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation>导出此人的全部数据(&amp;X)…</translation>
    </message>
    <message>
        <source>E&amp;rase This Person…</source>
        <translation>删除此人(&amp;R)…</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected…</source>
        <translation>比较所选(&amp;M)…</translation>
    </message>
    <message>
        <source>Select 2 to 10 candidates in the list (Ctrl+click or Shift+click)</source>
        <translation>在列表中选择 2 到 10 位候选人（Ctrl+单击或 Shift+单击）</translation>
    </message>
    <message>
        <source>Compare &amp;Everyone for This Position…</source>
        <translation>比较该职位的所有人(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Candidates</source>
        <translation>比较候选人</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>EraseCandidateDialog</name>
    <message>
        <source>Erase Person</source>
        <translation>删除此人</translation>
    </message>
    <message>
        <source>Erasing… On a large database this takes some seconds: the search index is rewritten so that nothing of this person stays in the files.</source>
        <translation>正在删除……数据库较大时需要几秒钟：搜索索引会被重写，使此人的任何内容都不再留在文件中。</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>E&amp;xport Them…</source>
        <translation>导出这些会话(&amp;X)…</translation>
    </message>
    <message>
        <source>Retention &amp;Settings…</source>
        <translation>保留期设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>关闭提示(&amp;D)</translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message>
        <source>Interview Kits</source>
        <translation>面试方案</translation>
    </message>
    <message>
        <source>&amp;Kits:</source>
        <translation>面试方案(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;New Kit</source>
        <translation>新建方案(&amp;N)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. Backend engineer, technical round</source>
        <translation>例如：后端工程师 技术面</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职位(&amp;P)：</translation>
    </message>
    <message>
        <source>optional, e.g. Python developer</source>
        <translation>可选，例如：Python 开发工程师</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>难度(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;lanned duration:</source>
        <translation>计划时长(&amp;L)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>能力项</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键名(&amp;K)：</translation>
    </message>
    <message>
        <source>a–z, 0–9 and _, e.g. problem_solving</source>
        <translation>a–z、0–9 和 _，例如 problem_solving</translation>
    </message>
    <message>
        <source>Compe&amp;tency:</source>
        <translation>能力项(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. Problem solving</source>
        <translation>例如：问题解决</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>说明(&amp;I)：</translation>
    </message>
    <message>
        <source>What this competency covers</source>
        <translation>这个能力项考察什么</translation>
    </message>
    <message>
        <source>Level &amp;1:</source>
        <translation>等级 &amp;1：</translation>
    </message>
    <message>
        <source>Level &amp;2:</source>
        <translation>等级 &amp;2：</translation>
    </message>
    <message>
        <source>Level &amp;3:</source>
        <translation>等级 &amp;3：</translation>
    </message>
    <message>
        <source>Level &amp;4:</source>
        <translation>等级 &amp;4：</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Add &amp;from Bank…</source>
        <translation>从题库添加(&amp;F)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>还原(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interview Recorder</source>
        <translation>面试记录器</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>API Server</source>
        <translation>API 服务器</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>新建会话(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>删除会话(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find Session</source>
        <translation>查找会话(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Interview Recorder</source>
        <translation>关于面试记录器(&amp;A)</translation>
    </message>
    <message>
        <source>Question &amp;Bank</source>
        <translation>题库(&amp;B)</translation>
    </message>
    <message>
        <source>Interview &amp;Kits</source>
        <translation>面试方案(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>候选人(&amp;C)</translation>
    </message>
    <message>
        <source>Interviewer Ca&amp;libration</source>
        <translation>面试官校准(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>新建会话</translation>
    </message>
    <message>
        <source>e.g. user_001</source>
        <translation>例如 user_001</translation>
    </message>
    <message>
        <source>Session &amp;name:</source>
        <translation>会话名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Python developer interview</source>
        <translation>例如 Python开发工程师面试</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>难度(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Planned duration:</source>
        <translation>计划时长(&amp;P)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Candidate &amp;ID:</source>
        <translation>候选人 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Candidate na&amp;me:</source>
        <translation>候选人姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>optional, e.g. Zhang Wei</source>
        <translation>可选，例如 张伟</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>面试方案(&amp;K)：</translation>
    </message>
    <message>
        <source>A kit plans the interview: it fills the type, difficulty and duration, and the session copies its competencies and planned questions.</source>
        <translation>面试方案规划整场面试：它填入类型、难度和时长，会话会复制其中的能力项和计划题目。</translation>
    </message>
    <message>
        <source>Inter&amp;viewer:</source>
        <translation>面试官(&amp;V)：</translation>
    </message>
    <message>
        <source>Who conducts the interview; the default is set in Settings.</source>
        <translation>主持这场面试的人；默认值在“设置”中设定。</translation>
    </message>
</context>
<context>
    <name>QuestionBankView</name>
    <message>
        <source>Question Bank</source>
        <translation>题库</translation>
    </message>
    <message>
        <source>Search questions, categories, tags and notes</source>
        <translation>搜索题目、分类、标签和参考答案</translation>
    </message>
    <message>
        <source>Only questions of this type</source>
        <translation>只显示此类型的题目</translation>
    </message>
    <message>
        <source>Only questions of this category (type or pick one, Enter applies)</source>
        <translation>只显示此分类的题目（输入或选择，按 Enter 应用）</translation>
    </message>
    <message>
        <source>Only questions with this tag</source>
        <translation>只显示带此标签的题目</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>This question was posted by the AI workflow and has not been reviewed yet.</source>
        <translation>此题目由 AI 工作流提交，尚未审核。</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>认可(&amp;A)</translation>
    </message>
    <message>
        <source>Mark this question as reviewed without changing it</source>
        <translation>不做修改，将此题目标记为已审核</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>提出的问题</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>分类(&amp;G)：</translation>
    </message>
    <message>
        <source>e.g. Programming basics</source>
        <translation>例如 编程基础</translation>
    </message>
    <message>
        <source>What the candidate answered</source>
        <translation>候选人的回答</translation>
    </message>
    <message>
        <source>Your assessment of the answer</source>
        <translation>你对回答的评价</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>放弃未保存的修改</translation>
    </message>
    <message>
        <source>Quest&amp;ion:</source>
        <translation>题目(&amp;I)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Candidate&apos;s ans&amp;wer:</source>
        <translation>候选人回答(&amp;W)：</translation>
    </message>
    <message>
        <source>Interviewer&apos;s feedbac&amp;k:</source>
        <translation>面试官反馈(&amp;K)：</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>评分(&amp;O)：</translation>
    </message>
    <message>
        <source>A score from 0 to 10 in steps of 0.5</source>
        <translation>0 到 10 分，步长 0.5</translation>
    </message>
    <message>
        <source>0–9: that score · the same digit again: +0.5 · End: 10 · Home: not scored · arrows: ±0.5</source>
        <translation>0–9：即该分数 · 再按同一数字：+0.5 · End：10 分 · Home：未评分 · 方向键：±0.5</translation>
    </message>
    <message>
        <source>Keys on the slider: 0–9 set the score, the same digit again adds 0.5, End sets 10, Home clears it, arrow keys step by 0.5.</source>
        <translation>滑块上的按键：0–9 设定分数，再按同一数字加 0.5，End 设为 10 分，Home 清除分数，方向键每次调整 0.5。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>还原(&amp;E)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Use this question</source>
        <translation>使用此题</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>New question</source>
        <translation>新建题目</translation>
    </message>
    <message>
        <source>Accept a&amp;ll AI questions</source>
        <translation>全部认可 AI 题目(&amp;L)</translation>
    </message>
    <message>
        <source>Mark every question posted by the AI workflow in this session as reviewed, without changing it</source>
        <translation>不做修改，将本会话中 AI 工作流提交的所有题目标记为已审核</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>This session was not planned from a kit, so it has no competencies to rate. Strengths, concerns and the recommendation are recorded all the same.</source>
        <translation>此会话不是按面试方案创建的，因此没有需要评分的能力项。优势、顾虑和录用建议照常记录。</translation>
    </message>
    <message>
        <source>Note on the se&amp;lected competency:</source>
        <translation>所选能力项的评语(&amp;L)：</translation>
    </message>
    <message>
        <source>Stren&amp;gths:</source>
        <translation>优势(&amp;G)：</translation>
    </message>
    <message>
        <source>What speaks for the candidate</source>
        <translation>候选人的长处</translation>
    </message>
    <message>
        <source>C&amp;oncerns:</source>
        <translation>顾虑(&amp;O)：</translation>
    </message>
    <message>
        <source>What speaks against, or needs a closer look</source>
        <translation>不足之处，或需要进一步考察的地方</translation>
    </message>
    <message>
        <source>Recommend&amp;ation:</source>
        <translation>录用建议(&amp;A)：</translation>
    </message>
    <message>
        <source>Weighted rating:</source>
        <translation>加权评分：</translation>
    </message>
    <message>
        <source>Subm&amp;it scorecard…</source>
        <translation>提交评分卡(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>重新生成(&amp;R)…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>OpenAPI schema to import into Dify as a custom tool:</source>
        <translation>导入 Dify 作为自定义工具的 OpenAPI 架构：</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>复制网址(&amp;Y)</translation>
    </message>
    <message>
        <source>Try it from a terminal:</source>
        <translation>在终端中试用：</translation>
    </message>
    <message>
        <source>Copy c&amp;url command</source>
        <translation>复制 curl 命令(&amp;U)</translation>
    </message>
    <message>
        <source>Dify in Docker</source>
        <translation>Docker 中的 Dify</translation>
    </message>
    <message>
        <source>Copy .&amp;env lines</source>
        <translation>复制 .env 配置行(&amp;E)</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Re&amp;quire the API key</source>
        <translation>需要 API 密钥(&amp;Q)</translation>
    </message>
    <message>
        <source>Clear lo&amp;g</source>
        <translation>清空日志(&amp;G)</translation>
    </message>
    <message>
        <source>MCP server URL (Streamable HTTP) for Dify, Claude Desktop, Cursor and other agents:</source>
        <translation>供 Dify、Claude Desktop、Cursor 等智能体使用的 MCP 服务器 URL（Streamable HTTP）：</translation>
    </message>
    <message>
        <source>Copy &amp;MCP URL</source>
        <translation>复制 MCP URL(&amp;M)</translation>
    </message>
    <message>
        <source>Copy hea&amp;der</source>
        <translation>复制请求头(&amp;D)</translation>
    </message>
    <message>
        <source>Cl&amp;ient configuration:</source>
        <translation>客户端配置(&amp;I)：</translation>
    </message>
    <message>
        <source>Copy co&amp;nfiguration</source>
        <translation>复制配置(&amp;N)</translation>
    </message>
    <message>
        <source>MCP</source>
        <translation>MCP</translation>
    </message>
    <message>
        <source>AI agents (Model Context Protocol)</source>
        <translation>AI 智能体（模型上下文协议 MCP）</translation>
    </message>
</context>
<context>
    <name>SessionBrowser</name>
    <message>
        <source>Search candidate, session name or ID</source>
        <translation>搜索候选人、会话名称或 ID</translation>
    </message>
    <message>
        <source>Show only sessions with this status</source>
        <translation>只显示此状态的会话</translation>
    </message>
    <message>
        <source>Show only sessions of this type</source>
        <translation>只显示此类型的会话</translation>
    </message>
    <message>
        <source>Show only sessions of this difficulty</source>
        <translation>只显示此难度的会话</translation>
    </message>
    <message>
        <source>Created &amp;between</source>
        <translation>创建于(&amp;B)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>New Session…</source>
        <translation>新建会话…</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Session ID:</source>
        <translation>会话 ID：</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>候选人：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>未命名会话</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建于：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>难度(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Planned duration:</source>
        <translation>计划时长(&amp;P)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Started / ended:</source>
        <translation>开始 / 结束：</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>开始面试(&amp;S)</translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation>完成(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>题目(&amp;Q)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>汇总(&amp;U)</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; metadata</source>
        <translation>备注与元数据</translation>
    </message>
    <message>
        <source>&amp;Apply metadata</source>
        <translation>应用元数据(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>取消会话(&amp;C)…</translation>
    </message>
    <message>
        <source>Interviewer&apos;s n&amp;otes (saved as you type):</source>
        <translation>面试官备注(&amp;O)（输入时自动保存）：</translation>
    </message>
    <message>
        <source>M&amp;etadata (a JSON object, e.g. from the workflow):</source>
        <translation>元数据(&amp;E)（JSON 对象，例如来自工作流）：</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>面试官：</translation>
    </message>
    <message>
        <source>Sco&amp;recard</source>
        <translation>评分卡(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>&amp;Questions per session:</source>
        <translation>每场面试题目数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Adding a question beyond this number fails with QUESTION_LIMIT_EXCEEDED.</source>
        <translation>超过此数目再添加题目时返回 QUESTION_LIMIT_EXCEEDED。</translation>
    </message>
    <message>
        <source>&amp;Active sessions per candidate:</source>
        <translation>每位候选人的进行中会话数(&amp;A)：</translation>
    </message>
    <message>
        <source>Pending or in-progress sessions one user ID may have; creating another fails with SESSION_LIMIT_EXCEEDED.</source>
        <translation>一个用户 ID 可同时拥有的待开始或进行中会话数；再创建时返回 SESSION_LIMIT_EXCEEDED。</translation>
    </message>
    <message>
        <source>Changed limits apply the next time Interview Recorder starts.</source>
        <translation>修改后的限制在下次启动面试记录器时生效。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;Team database (PostgreSQL), shared with other interviewers:</source>
        <translation>团队数据库（PostgreSQL），与其他面试官共享(&amp;T)：</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database, with ?sslmode=require for TLS. The password is best kept in ~/.pgpass or PGPASSWORD.</source>
        <translation>postgresql://用户@主机:端口/数据库，加 ?sslmode=require 使用 TLS。密码最好放在 ~/.pgpass 或 PGPASSWORD 中。</translation>
    </message>
    <message>
        <source>Te&amp;st Connection</source>
        <translation>测试连接(&amp;S)</translation>
    </message>
    <message>
        <source>A changed database applies the next time Interview Recorder starts. The settings file keeps the URL as plain text: leave the password out of it and put it in ~/.pgpass or PGPASSWORD.</source>
        <translation>更改的数据库在面试记录器下次启动时生效。设置文件以明文保存该 URL：请不要在其中写密码，改放在 ~/.pgpass 或 PGPASSWORD 中。</translation>
    </message>
    <message>
        <source>Local &amp;database on this computer (SQLite)</source>
        <translation>本机上的本地数据库（SQLite）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Interviewer name:</source>
        <translation>面试官姓名(&amp;I)：</translation>
    </message>
    <message>
        <source>Recorded as the interviewer of the sessions you create in this window.</source>
        <translation>记录为你在此窗口中创建的会话的面试官。</translation>
    </message>
    <message>
        <source>Candidates&apos; data</source>
        <translation>候选人数据</translation>
    </message>
    <message>
        <source>&amp;Keep interviews for:</source>
        <translation>面试保留时长(&amp;K)：</translation>
    </message>
    <message>
        <source>Sessions unchanged for longer are erased at start and once a day; 0 keeps them forever</source>
        <translation>超过此时长未更改的会话会在启动时及每天删除一次；0 表示永久保留</translation>
    </message>
    <message>
        <source>Days after a session&apos;s last change, 0 = forever. The window warns a week before sessions are erased. Applies from the next start.</source>
        <translation>自会话最后一次更改起的天数，0 = 永久。会话被删除前一周窗口会发出提醒。下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Open Data Folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Restore from the latest backup…</source>
        <translation>从最新备份恢复…</translation>
    </message>
    <message>
        <source>Quit Interview Recorder</source>
        <translation>退出面试记录器</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>题目数：</translation>
    </message>
    <message>
        <source>Completed (answered and scored):</source>
        <translation>已完成（已回答并评分）：</translation>
    </message>
    <message>
        <source>Average score:</source>
        <translation>平均分：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Average per question type</source>
        <translation>各题型平均分</translation>
    </message>
</context>
<context>
    <name>ir::BackupRestore</name>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>the backup %1 does not exist</source>
        <translation>备份 %1 不存在</translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation>该备份就是数据库本身</translation>
    </message>
    <message>
        <source>the restore request %1 is unreadable</source>
        <translation>恢复请求 %1 无法读取</translation>
    </message>
    <message>
        <source>the database file was replaced after the restore was asked for; nothing was restored</source>
        <translation>请求恢复之后数据库文件已被替换；未恢复任何内容</translation>
    </message>
    <message>
        <source>the backup %1 is gone; nothing was restored</source>
        <translation>备份 %1 已不存在；未恢复任何内容</translation>
    </message>
    <message>
        <source>the backup %1 is damaged too; nothing was restored</source>
        <translation>备份 %1 也已损坏；未恢复任何内容</translation>
    </message>
</context>
<context>
    <name>ir::BackupRotation</name>
    <message>
        <source>Cannot create the backups folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
</context>
<context>
    <name>ir::BankCodec</name>
    <message>
        <source>The file has invalid questions; nothing was imported</source>
        <translation>文件中有无效的题目，未导入任何内容</translation>
    </message>
    <message>
        <source>The file holds no questions</source>
        <translation>文件中没有题目</translation>
    </message>
    <message>
        <source>The file is not valid JSON</source>
        <translation>文件不是有效的 JSON</translation>
    </message>
    <message>
        <source>The file is not a question bank export</source>
        <translation>文件不是题库导出文件</translation>
    </message>
    <message>
        <source>The file&apos;s format version is not supported</source>
        <translation>不支持该文件的格式版本</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
</context>
<context>
    <name>ir::CsvReader</name>
    <message>
        <source>The file is not valid CSV</source>
        <translation>文件不是有效的 CSV</translation>
    </message>
</context>
<context>
    <name>ir::DatabaseBackup</name>
    <message>
        <source>not a file name</source>
        <translation>不是有效的文件名</translation>
    </message>
    <message>
        <source>that is the database itself</source>
        <translation>这是数据库文件本身</translation>
    </message>
    <message>
        <source>Cannot back up the database</source>
        <translation>无法备份数据库</translation>
    </message>
</context>
<context>
    <name>ir::EnumNames</name>
    <message>
        <source>Knowledge based</source>
        <translation>自选知识点面试</translation>
    </message>
    <message>
        <source>Company position</source>
        <translation>自选公司岗位面试</translation>
    </message>
    <message>
        <source>Resume customized</source>
        <translation>个人简历定制面试</translation>
    </message>
    <message>
        <source>Wrong questions</source>
        <translation>错题面试</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术题</translation>
    </message>
    <message>
        <source>Behavioral</source>
        <translation>行为题</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>逻辑题</translation>
    </message>
    <message>
        <source>Project based</source>
        <translation>项目题</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>强烈推荐</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation>强烈不推荐</translation>
    </message>
</context>
<context>
    <name>ir::ExportIo</name>
    <message>
        <source>Cannot write the export</source>
        <translation>无法写入导出内容</translation>
    </message>
    <message>
        <source>the device refused the data</source>
        <translation>设备拒绝写入数据</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
</context>
<context>
    <name>ir::JsonImporter</name>
    <message>
        <source>The file is not valid JSON</source>
        <translation>文件不是有效的 JSON</translation>
    </message>
    <message>
        <source>The file is not an Interview Recorder export</source>
        <translation>该文件不是面试记录器的导出文件</translation>
    </message>
    <message>
        <source>The file&apos;s format version is not supported</source>
        <translation>不支持该文件的格式版本</translation>
    </message>
    <message>
        <source>The file holds no sessions</source>
        <translation>文件中没有面试会话</translation>
    </message>
    <message>
        <source>The file has invalid entries; nothing was imported</source>
        <translation>文件包含无效条目，未导入任何内容</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
</context>
<context>
    <name>ir::PdfExporter</name>
    <message>
        <source>Cannot create the PDF</source>
        <translation>无法创建 PDF</translation>
    </message>
    <message>
        <source>PDF export needs the GUI libraries</source>
        <translation>导出 PDF 需要图形界面库</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ir::ReportText</name>
    <message>
        <source>Session</source>
        <translation>面试会话</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>会话名称</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>计划时长</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>录用建议</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>题目数：%1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Average score: %1</source>
        <translation>平均分：%1</translation>
    </message>
    <message>
        <source>%1 average: %2</source>
        <translation>%1 平均分：%2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>No questions recorded.</source>
        <translation>尚未记录题目。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Exported by Interview Recorder on %1</source>
        <translation>由面试记录器导出于 %1</translation>
    </message>
    <message>
        <source>Score per question</source>
        <translation>每题得分</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <source>Not reviewed (AI): %1</source>
        <translation>未审核（AI）：%1</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>记录者</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>AI, reviewed by the interviewer</source>
        <translation>AI，面试官已审核</translation>
    </message>
    <message>
        <source>AI, not reviewed by the interviewer</source>
        <translation>AI，面试官未审核</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language tag</comment>
        <extracomment>The BCP 47 language tag of this translation, as in &lt;html lang=&quot;…&quot;&gt;: zh-CN for Chinese.</extracomment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>顾虑</translation>
    </message>
    <message>
        <source>Weighted rating</source>
        <translation>加权评分</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>No, a draft that can still be changed</source>
        <translation>否，草稿，仍可修改</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>能力项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级描述</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>评语</translation>
    </message>
</context>
<context>
    <name>ir::ServerControl</name>
    <message>
        <source>Serving without an API key is allowed only on a loopback address, not %1.</source>
        <translation>只有在回环地址上才允许不使用 API 密钥提供服务，%1 不是回环地址。</translation>
    </message>
</context>
<context>
    <name>ir::app::FileCommands</name>
    <message>
        <source>No database found</source>
        <translation>未找到数据库</translation>
    </message>
    <message>
        <source>Cannot create the data folder</source>
        <translation>无法创建数据文件夹</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>Exported %1 sessions (%2 questions) to %3</source>
        <translation>已将 %1 个会话（%2 道题目）导出到 %3</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>Imported %1 sessions and %2 questions.</source>
        <translation>已导入 %1 个会话和 %2 道题目。</translation>
    </message>
    <message>
        <source>Skipped %1 sessions that already exist: %2</source>
        <translation>跳过了 %1 个已存在的会话：%2</translation>
    </message>
    <message>
        <source>Skipped %1 questions whose IDs already exist: %2</source>
        <translation>跳过了 %1 道 ID 已存在的题目：%2</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>已将 %1 备份到 %2</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 as a JSON export (every session and question; import restores it, pg_dump makes a full dump of the server&apos;s database)</source>
        <translation>已将 %1 备份到 %2，格式为 JSON 导出（包含全部面试和题目；用 import 可恢复，pg_dump 可完整转储服务器上的数据库）</translation>
    </message>
    <message>
        <source>The retention period is off (keep forever): nothing to purge. Give --older-than DAYS to purge anyway.</source>
        <translation>保留期限已关闭（永久保留）：没有要清除的内容。如仍要清除，请指定 --older-than 天数。</translation>
    </message>
    <message>
        <source>Would erase %1 unchanged for more than %2 days (dry run: nothing erased)</source>
        <translation>将删除超过 %2 天未改动的 %1（试运行：未删除任何内容）</translation>
    </message>
    <message>
        <source>Erased %1 unchanged for more than %2 days</source>
        <translation>已删除超过 %2 天未改动的 %1</translation>
    </message>
</context>
<context>
    <name>ir::app::GuiMain</name>
    <message>
        <source>The team database %1 chosen in the settings cannot be opened:
%2

Start with the local database on this computer this time? (Settings → Database changes the choice.)</source>
        <translation>设置中选择的团队数据库 %1 无法打开：
%2

这次改用本机上的本地数据库启动吗？（在“设置 → 数据库”中可更改选择。）</translation>
    </message>
    <message>
        <source>Team database unavailable</source>
        <translation>团队数据库不可用</translation>
    </message>
    <message>
        <source>Use the &amp;Local Database</source>
        <translation>使用本地数据库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ir::app::MigrateCommand</name>
    <message>
        <source>No database found</source>
        <translation>未找到数据库</translation>
    </message>
    <message>
        <source>%1 already holds %2 sessions; nothing was copied. Add --merge to copy only the sessions that are not there yet.</source>
        <translation>%1 中已有 %2 场面试；未复制任何内容。加上 --merge 只复制其中尚没有的面试。</translation>
    </message>
    <message>
        <source>Copied %1 sessions, %2 questions from %3 to %4; skipped %5 sessions and %6 questions already there.</source>
        <translation>已从 %3 复制 %1 场面试、%2 道题目到 %4；跳过已存在的 %5 场面试和 %6 道题目。</translation>
    </message>
</context>
<context>
    <name>ir::ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行方</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>ir::ui::AuditLogView</name>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>已显示 %1 条，共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::BankQuestionDialog</name>
    <message>
        <source>New Bank Question</source>
        <translation>新建题库题目</translation>
    </message>
    <message>
        <source>%1 saves</source>
        <translation>%1 保存</translation>
    </message>
    <message>
        <source>Edit Bank Question</source>
        <translation>编辑题库题目</translation>
    </message>
    <message>
        <source>Too many tags: %1, at most %2.</source>
        <translation>标签太多：%1 个，最多 %2 个。</translation>
    </message>
    <message>
        <source>The tag “%1” is too long: at most %2 characters.</source>
        <translation>标签“%1”太长：最多 %2 个字符。</translation>
    </message>
    <message>
        <source>This question is no longer in the bank (someone deleted it).</source>
        <translation>此题目已不在题库中（已被他人删除）。</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>题目无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ir::ui::BankQuestionPicker</name>
    <message>
        <source>Select one or more questions (Ctrl or Shift with the arrow keys or a click) and press Enter to add them to the kit in that order.</source>
        <translation>选择一道或多道题目（按住 Ctrl 或 Shift 配合方向键或鼠标点击），按 Enter 按此顺序添加到方案中。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message numerus="yes">
        <source>A kit plans at most %Ln question(s): there is room for %1 more.</source>
        <translation>
            <numerusform>一个方案最多计划 %Ln 道题目：还能再添加 %1 道。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::BankQuestionTableModel</name>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>ir::ui::CalibrationView</name>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Scored questions</source>
        <translation>已评分题目</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>离散度（标准差）</translation>
    </message>
    <message>
        <source>AI scores changed</source>
        <translation>已修改的 AI 分数</translation>
    </message>
    <message>
        <source>AI-vs-human gap</source>
        <translation>AI 与人工差值</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
    <message>
        <source>(no interviewer named)</source>
        <translation>（未指定面试官）</translation>
    </message>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>%n 位面试官</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::CandidatesView</name>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>面试次数</translation>
    </message>
    <message>
        <source>Last interview</source>
        <translation>最近面试</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Latest recommendation</source>
        <translation>最近的录用建议</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>录用建议</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>所有职位</translation>
    </message>
    <message>
        <source>The candidates could not be read: %1</source>
        <translation>无法读取候选人:%1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 位候选人</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>无法保存档案:%1</translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation>导出 %1 的全部数据</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export person</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>The data of %1 could not be exported: %2</source>
        <translation>无法导出 %1 的数据:%2</translation>
    </message>
    <message>
        <source>Everything stored about %1 was exported to %2.</source>
        <translation>%1 的全部数据已导出到 %2。</translation>
    </message>
    <message>
        <source>%1 was erased: %2 and %3.</source>
        <translation>%1 已删除:%2,%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>删除此人</translation>
    </message>
</context>
<context>
    <name>ir::ui::CompareDialog</name>
    <message>
        <source>The candidates could not be compared: %1</source>
        <translation>无法比较候选人：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) side by side. Competencies are weighted ratings (1–4), scores are out of 10.</source>
        <translation>
            <numerusform>%n 位候选人并列比较。能力项为加权评级（1–4），分数满分 10 分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for the position “%1”. Competencies are weighted ratings (1–4), scores are out of 10.</source>
        <translation>
            <numerusform>职位“%1”的 %n 位候选人。能力项为加权评级（1–4），分数满分 10 分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>面试次数</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Average: %1</source>
        <translation>平均分：%1</translation>
    </message>
    <message>
        <source>Competency: %1</source>
        <translation>能力项：%1</translation>
    </message>
    <message>
        <source>Latest recommendation</source>
        <translation>最新推荐意见</translation>
    </message>
    <message>
        <source>Average score and average per question type</source>
        <translation>平均分及各题型平均分</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>The comparison could not be saved: %1</source>
        <translation>无法保存比较结果：%1</translation>
    </message>
    <message>
        <source>The comparison was saved to %1.</source>
        <translation>比较结果已保存到 %1。</translation>
    </message>
    <message>
        <source>Export comparison as CSV</source>
        <translation>将比较结果导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export comparison as PDF</source>
        <translation>将比较结果导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Comparison of candidates</source>
        <translation>候选人比较</translation>
    </message>
    <message>
        <source>Cannot create the PDF</source>
        <translation>无法创建 PDF</translation>
    </message>
</context>
<context>
    <name>ir::ui::EnumText</name>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>AI · unreviewed</source>
        <translation>AI · 未审核</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>删除个人数据</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>保留期清理</translation>
    </message>
    <message>
        <source>Person&apos;s data exported</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>Session deleted</source>
        <translation>删除会话</translation>
    </message>
    <message>
        <source>API key changed</source>
        <translation>更改 API 密钥</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation>HTTP API</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
</context>
<context>
    <name>ir::ui::EraseCandidateDialog</name>
    <message>
        <source>Everything stored about %1 is erased for good: the profile, every interview, its questions, answers and scorecard. The audit log keeps only that an erasure took place.</source>
        <translation>将永久删除 %1 的全部数据:档案、每次面试及其问题、回答和评分卡。审计日志只记录发生过一次删除。</translation>
    </message>
    <message>
        <source>Type the user ID &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>输入用户 ID &lt;b&gt;%1&lt;/b&gt; 以确认:</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <source>Looking for backups that hold this person…</source>
        <translation>正在查找包含此人数据的备份…</translation>
    </message>
    <message>
        <source>No automatic backup holds this person.</source>
        <translation>没有自动备份包含此人的数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) still hold this person.</source>
        <translation>
            <numerusform>仍有 %n 个自动备份包含此人的数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also &amp;delete those %n backup(s)</source>
        <translation>
            <numerusform>同时删除这 %n 个备份(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups could not be looked at: %1</source>
        <translation>无法检查备份:%1</translation>
    </message>
    <message>
        <source>The person could not be erased: %1</source>
        <translation>无法删除此人:%1</translation>
    </message>
    <message>
        <source>The person is erased, but the backups could not be deleted: %1</source>
        <translation>此人已删除,但无法删除备份:%1</translation>
    </message>
</context>
<context>
    <name>ir::ui::ExpiryBanner</name>
    <message numerus="yes">
        <source>%n interview(s) will be erased within a week: they are unchanged for longer than the retention period (%1) allows. Export them first if they must be kept.</source>
        <translation>
            <numerusform>%n 场面试将在一周内被删除：它们未更改的时间即将超过保留期（%1）。如需保留，请先导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports every session created before %1, which includes those about to be erased</source>
        <translation>导出 %1 之前创建的所有会话，其中包括即将被删除的会话</translation>
    </message>
</context>
<context>
    <name>ir::ui::FileActions</name>
    <message>
        <source>Export session</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>The session could not be exported: %1</source>
        <translation>无法导出会话：%1</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>导出会话列表</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>正在导出会话…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The sessions could not be exported: %1</source>
        <translation>无法导出会话：%1</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>导入会话</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Skipped sessions already in the database: %1</source>
        <translation>跳过了数据库中已有的会话：%1</translation>
    </message>
    <message>
        <source>Skipped questions whose ID already exists: %1</source>
        <translation>跳过了 ID 已存在的题目：%1</translation>
    </message>
    <message>
        <source>SQLite database (*.db)</source>
        <translation>SQLite 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>The database was copied to %1 and verified.</source>
        <translation>数据库已复制到 %1 并通过校验。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show %1 in the file manager</source>
        <translation>在文件管理器中显示 %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>无法打开文件夹 %1。</translation>
    </message>
    <message>
        <source>Exported %1 with %2 to %3.</source>
        <translation>已将 %1（共 %2）导出到 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln 道题目</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 with %2.</source>
        <translation>已导入 %1（共 %2）。</translation>
    </message>
    <message>
        <source>JSON export (*.json)</source>
        <translation>JSON 导出文件 (*.json)</translation>
    </message>
    <message>
        <source>The team database was exported to %1 (every session and question, as JSON; the database server&apos;s own backups hold the rest).</source>
        <translation>团队数据库已导出到 %1（全部会话和题目，JSON 格式；其余内容由数据库服务器自己的备份保存）。</translation>
    </message>
</context>
<context>
    <name>ir::ui::FormErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>太长：%1 个字符，最多 %2 个。</translation>
    </message>
</context>
<context>
    <name>ir::ui::KitEditor</name>
    <message>
        <source>Start a new kit (%1)</source>
        <translation>新建面试方案（%1）</translation>
    </message>
    <message>
        <source>Delete the selected kit (Delete)</source>
        <translation>删除所选方案（Delete）</translation>
    </message>
    <message>
        <source>Save the kit (Enter, %1)</source>
        <translation>保存方案（Enter，%1）</translation>
    </message>
    <message>
        <source>Discard the unsaved changes (Esc)</source>
        <translation>放弃未保存的修改（Esc）</translation>
    </message>
    <message>
        <source>Add a competency (Insert on the list)</source>
        <translation>添加能力项（在列表中按 Insert）</translation>
    </message>
    <message>
        <source>Remove the competency from the kit (Delete on the list)</source>
        <translation>从方案中移除该能力项（在列表中按 Delete）</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
    <message>
        <source>Plan questions from the question bank (Insert on the list)</source>
        <translation>从题库中选择计划题目（在列表中按 Insert）</translation>
    </message>
    <message>
        <source>Take the question out of the plan (Delete on the list)</source>
        <translation>将题目移出计划（在列表中按 Delete）</translation>
    </message>
    <message>
        <source>Ask earlier (Alt+Up)</source>
        <translation>提前提问（Alt+↑）</translation>
    </message>
    <message>
        <source>Ask later (Alt+Down)</source>
        <translation>推后提问（Alt+↓）</translation>
    </message>
    <message>
        <source>How much this competency counts in the weighted rating, %1 to %2</source>
        <translation>此能力项在加权评分中的权重，%1 到 %2</translation>
    </message>
    <message>
        <source>What a rating of 1 means, e.g. no evidence of the skill</source>
        <translation>评 1 分的含义，例如：没有体现该能力</translation>
    </message>
    <message>
        <source>What a rating of 2 means</source>
        <translation>评 2 分的含义</translation>
    </message>
    <message>
        <source>What a rating of 3 means</source>
        <translation>评 3 分的含义</translation>
    </message>
    <message>
        <source>What a rating of 4 means, e.g. strong evidence, could teach it</source>
        <translation>评 4 分的含义，例如：表现突出，足以指导他人</translation>
    </message>
    <message>
        <source>Unsaved kit</source>
        <translation>方案未保存</translation>
    </message>
    <message>
        <source>The kit has unsaved changes. Save them?</source>
        <translation>该方案有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>(new competency)</source>
        <translation>（新能力项）</translation>
    </message>
    <message>
        <source>(no longer in the bank)</source>
        <translation>（已不在题库中）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>position. question</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Only lowercase letters a–z, digits and _.</source>
        <translation>只能使用小写字母 a–z、数字和 _。</translation>
    </message>
    <message>
        <source>Another competency of this kit has this key.</source>
        <translation>此方案中另一个能力项已使用这个键名。</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>等级 %1：%2</translation>
    </message>
    <message>
        <source>Delete kit</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Delete the kit “%1”? Sessions already started from it keep their plan.</source>
        <translation>删除方案“%1”吗？已按它创建的会话会保留各自的计划。</translation>
    </message>
    <message>
        <source>The kit could not be deleted: %1</source>
        <translation>方案无法删除：%1</translation>
    </message>
    <message>
        <source>This kit no longer exists (someone deleted it). Save again to create it anew, or Revert.</source>
        <translation>此方案已不存在（已被他人删除）。再次保存可重新创建，或点击还原。</translation>
    </message>
    <message>
        <source>A planned question is no longer in the question bank: remove it and save again.</source>
        <translation>有一道计划题目已不在题库中：请移除后再保存。</translation>
    </message>
    <message>
        <source>The kit could not be saved: %1</source>
        <translation>方案无法保存：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>&amp;Competencies (%1)</source>
        <translation>能力项(&amp;C)（%1）</translation>
    </message>
    <message>
        <source>&amp;Questions (%1)</source>
        <translation>题目(&amp;Q)（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %Ln competency(ies)</source>
        <translation>
            <numerusform>%1 / 最多 %Ln 个能力项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %Ln question(s)</source>
        <translation>
            <numerusform>%1 / 最多 %Ln 道题目</numerusform>
        </translation>
    </message>
    <message>
        <source>New kit</source>
        <translation>新方案</translation>
    </message>
    <message>
        <source>New kit: %1</source>
        <translation>新方案：%1</translation>
    </message>
    <message>
        <source>Kit: %1</source>
        <translation>方案：%1</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Revert kit</source>
        <translation>还原方案</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this kit?</source>
        <translation>放弃对此方案未保存的修改吗？</translation>
    </message>
</context>
<context>
    <name>ir::ui::KitListModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>kit name (position)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln competency(ies)</source>
        <translation>
            <numerusform>%Ln 个能力项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned question(s)</source>
        <translation>
            <numerusform>%Ln 道计划题目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::Languages</name>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>ir::ui::MainWindow</name>
    <message>
        <source>Delete session</source>
        <translation>删除会话</translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation>无法删除会话：%1</translation>
    </message>
    <message>
        <source>Interview Recorder</source>
        <translation>面试记录器</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>未命名会话</translation>
    </message>
    <message>
        <source>%1 – %2 – Interview Recorder</source>
        <translation>%1 – %2 – 面试记录器</translation>
    </message>
    <message>
        <source>About Interview Recorder</source>
        <translation>关于面试记录器</translation>
    </message>
    <message>
        <source>Interview Recorder %1

Record interviews on the desktop: questions, answers, feedback and scores, also posted live by a Dify workflow through the built-in HTTP API.</source>
        <translation>面试记录器 %1

在桌面上记录面试：题目、回答、反馈和评分，也可由 Dify 工作流通过内置 HTTP API 实时提交。</translation>
    </message>
    <message>
        <source>Export &amp;Sessions…</source>
        <translation>导出会话列表(&amp;S)…</translation>
    </message>
    <message>
        <source>Export every session the current search and filters show, as CSV or JSON</source>
        <translation>将当前搜索和筛选显示的所有会话导出为 CSV 或 JSON</translation>
    </message>
    <message numerus="yes">
        <source>Delete the session “%1” of %2 with its %Ln question(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %2 的会话“%1”及其 %Ln 道题目？此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::NewSessionDialog</name>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>This candidate already has too many open sessions. Complete or cancel one first.</source>
        <translation>该候选人未结束的会话过多。请先完成或取消其中一个。</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>无法创建会话：%1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Enter the candidate ID to create the session.</source>
        <translation>请输入候选人 ID 以创建会话。</translation>
    </message>
    <message>
        <source>The planned duration must be between %1 and %2 minutes.</source>
        <translation>计划时长必须在 %1 到 %2 分钟之间。</translation>
    </message>
    <message>
        <source>No kit</source>
        <translation>不使用面试方案</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n competency(ies)</source>
        <translation>
            <numerusform>%n 个能力项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned question(s)</source>
        <translation>
            <numerusform>%n 道计划题目</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen kit no longer exists. Choose another one, or no kit.</source>
        <translation>所选面试方案已不存在。请另选一个，或不使用面试方案。</translation>
    </message>
</context>
<context>
    <name>ir::ui::QuestionBankView</name>
    <message>
        <source>Any category</source>
        <translation>任意分类</translation>
    </message>
    <message>
        <source>Add a question to the bank (%1)</source>
        <translation>向题库添加题目（%1）</translation>
    </message>
    <message>
        <source>Edit the selected question</source>
        <translation>编辑所选题目</translation>
    </message>
    <message>
        <source>Edit the selected question (Enter)</source>
        <translation>编辑所选题目（Enter）</translation>
    </message>
    <message>
        <source>Delete the selected questions (Delete)</source>
        <translation>删除所选题目（Delete）</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>搜索（%1）</translation>
    </message>
    <message>
        <source>Delete the question “%1” from the bank? Kits that plan it lose it; sessions keep their copies.</source>
        <translation>从题库中删除题目“%1”吗？计划了它的方案会失去这道题；会话中保留的副本不受影响。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln question(s) from the bank? Kits that plan them lose them; sessions keep their copies.</source>
        <translation>
            <numerusform>从题库中删除 %Ln 道题目吗？计划了它们的方案会失去这些题；会话中保留的副本不受影响。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from the question bank</source>
        <translation>从题库删除</translation>
    </message>
    <message>
        <source>The questions could not be deleted: %1</source>
        <translation>题目无法删除：%1</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Expected answer (for the interviewer only):</source>
        <translation>参考答案（仅面试官可见）：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln 道题目</numerusform>
        </translation>
    </message>
    <message>
        <source>Import questions from a CSV or JSON file (questions the bank has already are skipped)</source>
        <translation>从 CSV 或 JSON 文件导入题目（题库中已有的题目会跳过）</translation>
    </message>
    <message>
        <source>Export the questions the search and filters show, as CSV or JSON</source>
        <translation>将当前搜索和筛选显示的题目导出为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json)</source>
        <translation>CSV 或 JSON (*.csv *.json)</translation>
    </message>
    <message>
        <source>Import into the question bank</source>
        <translation>导入到题库</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>文件无法读取：%1</translation>
    </message>
    <message>
        <source>The questions could not be imported: %1</source>
        <translation>题目无法导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln question(s) into the bank.</source>
        <translation>
            <numerusform>已向题库导入 %Ln 道题目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) skipped: the bank has them already.</source>
        <translation>
            <numerusform>跳过 %Ln 道题目：题库中已有。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the question bank</source>
        <translation>导出题库</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>文件无法写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln question(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 道题目导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::QuestionEditor</name>
    <message>
        <source>Save the question (%1)</source>
        <translation>保存题目（%1）</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>过长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The question cannot be saved: %1</source>
        <translation>无法保存题目：%1</translation>
    </message>
    <message>
        <source>Select a question, or add one with New question.</source>
        <translation>请选择一道题目，或点击“新建题目”添加。</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新题目</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <source>A score goes from 0 to 10; %1 is out of range.</source>
        <translation>分数范围为 0 到 10；%1 超出范围。</translation>
    </message>
    <message numerus="yes">
        <source>Next planned question (%n left, this one included):</source>
        <translation>
            <numerusform>下一道计划题目（含此题还剩 %n 道）：</numerusform>
        </translation>
    </message>
    <message>
        <source>No expected-answer notes.</source>
        <translation>没有参考答案要点。</translation>
    </message>
    <message>
        <source>Expected answer (only you see this): %1</source>
        <translation>参考答案（仅你可见）：%1</translation>
    </message>
    <message>
        <source>Fill the question&apos;s text, type and category from the plan (%1)</source>
        <translation>用计划中的题目填入题目文字、类型和分类（%1）</translation>
    </message>
</context>
<context>
    <name>ir::ui::QuestionListModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ir::ui::QuestionPanel</name>
    <message>
        <source>Add a question (%1)</source>
        <translation>添加题目（%1）</translation>
    </message>
    <message>
        <source>Unsaved question</source>
        <translation>题目未保存</translation>
    </message>
    <message>
        <source>The question has unsaved changes. Save them?</source>
        <translation>题目有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>删除题目</translation>
    </message>
    <message>
        <source>Delete this question and its answer? This cannot be undone.</source>
        <translation>删除此题目及其回答？此操作无法撤销。</translation>
    </message>
    <message>
        <source>%1 unreviewed</source>
        <translation>%1 道未审核</translation>
    </message>
    <message>
        <source>This session already has a question with the same text.</source>
        <translation>本会话中已有相同内容的题目。</translation>
    </message>
    <message>
        <source>The session is finished; its questions can no longer change.</source>
        <translation>会话已结束，题目不能再修改。</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>该题目已不存在。</translation>
    </message>
    <message>
        <source>The database could not save the question. Try again.</source>
        <translation>数据库无法保存题目，请重试。</translation>
    </message>
    <message>
        <source>The question cannot be saved: %1</source>
        <translation>无法保存题目：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Questions not accepted</source>
        <translation>未能认可题目</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln question(s)</source>
        <translation>
            <numerusform>%1 / %Ln 道题目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The session has reached its limit of %Ln question(s).</source>
        <translation>
            <numerusform>本会话已达到 %Ln 道题目的上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>The question could not be saved to the question bank: %1</source>
        <translation>题目无法保存到题库：%1</translation>
    </message>
    <message>
        <source>The question bank already has “%1”.</source>
        <translation>题库中已有“%1”。</translation>
    </message>
    <message>
        <source>Saved to the question bank: “%1”.</source>
        <translation>已保存到题库：“%1”。</translation>
    </message>
    <message>
        <source>Save to Question &amp;Bank</source>
        <translation>保存到题库(&amp;B)</translation>
    </message>
    <message>
        <source>Keep the selected question in the question bank for later interviews (%1)</source>
        <translation>将所选题目保存到题库，供以后的面试使用（%1）</translation>
    </message>
</context>
<context>
    <name>ir::ui::RequestLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>MCP (AI agent): %1</source>
        <translation>MCP（AI 智能体）：%1</translation>
    </message>
</context>
<context>
    <name>ir::ui::ScorecardModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not rated: press 1–4</source>
        <translation>未评分：按 1–4</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>能力项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>What the rating means</source>
        <translation>该评分的含义</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>评语</translation>
    </message>
</context>
<context>
    <name>ir::ui::ScorecardPanel</name>
    <message>
        <source>Submit the scorecard; it can no longer change afterwards (%1)</source>
        <translation>提交评分卡；提交后不能再修改（%1）</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>对“%1”的评语：</translation>
    </message>
    <message>
        <source>Note on the se&amp;lected competency:</source>
        <translation>所选能力项的评语(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>Submitted at %1. The scorecard can no longer change.</source>
        <translation>已于 %1 提交。评分卡不能再修改。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <source>Scorecard not submitted</source>
        <translation>评分卡未提交</translation>
    </message>
    <message>
        <source>Rate every competency before submitting. Not rated yet: %1.</source>
        <translation>提交前请为每个能力项评分。尚未评分：%1。</translation>
    </message>
    <message>
        <source>Submit scorecard</source>
        <translation>提交评分卡</translation>
    </message>
    <message>
        <source>Submit this scorecard? Its ratings, notes, strengths, concerns and the recommendation can no longer change afterwards.</source>
        <translation>提交此评分卡？提交后，评分、评语、优势、顾虑和录用建议都不能再修改。</translation>
    </message>
    <message>
        <source>This scorecard has been submitted and can no longer change (SCORECARD_SUBMITTED).</source>
        <translation>此评分卡已提交，不能再修改（SCORECARD_SUBMITTED）。</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>该会话已不存在。</translation>
    </message>
    <message>
        <source>The database could not save the scorecard; what you typed is kept and sent again with your next change.</source>
        <translation>数据库未能保存评分卡；你输入的内容已保留，会随下一次修改再次发送。</translation>
    </message>
    <message>
        <source>The scorecard cannot be saved: %1</source>
        <translation>无法保存评分卡：%1</translation>
    </message>
    <message>
        <source>The scorecard was not saved: %1 (%2)</source>
        <translation>评分卡未保存：%1（%2）</translation>
    </message>
    <message>
        <source>Competencies:</source>
        <translation>能力项：</translation>
    </message>
    <message>
        <source>Compet&amp;encies: select one and press 1–4 to rate it, 0 clears, ↑/↓ move, Enter writes a note.</source>
        <translation>能力项(&amp;E)：选中一项后按 1–4 评分，0 清除，↑/↓ 切换，Enter 写评语。</translation>
    </message>
</context>
<context>
    <name>ir::ui::ServerPanel</name>
    <message>
        <source>This computer only</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <source>Docker containers on this computer (Linux docker0 bridge)</source>
        <translation>本机的 Docker 容器（Linux docker0 网桥）</translation>
    </message>
    <message>
        <source>Every network interface</source>
        <translation>所有网络接口</translation>
    </message>
    <message>
        <source>Regenerate API key</source>
        <translation>重新生成 API 密钥</translation>
    </message>
    <message>
        <source>Create a new API key? Workflows using the old key stop working until you give them the new one.</source>
        <translation>生成新的 API 密钥？使用旧密钥的工作流将无法访问，直到你为其配置新密钥。</translation>
    </message>
    <message>
        <source>API server listening on %1</source>
        <translation>API 服务器正在监听 %1</translation>
    </message>
    <message>
        <source>API server failed: %1</source>
        <translation>API 服务器启动失败：%1</translation>
    </message>
    <message>
        <source>API server stopped</source>
        <translation>API 服务器已停止</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>Restart the server to apply the changes.</source>
        <translation>重新启动服务器以应用修改。</translation>
    </message>
    <message>
        <source>Only programs on this computer can connect, e.g. Dify installed directly on it.</source>
        <translation>只有本机上的程序可以连接，例如直接安装在本机的 Dify。</translation>
    </message>
    <message>
        <source>Every computer that can reach this one can connect. The API key is required.</source>
        <translation>所有能访问本机的计算机都可以连接。必须使用 API 密钥。</translation>
    </message>
    <message>
        <source>Programs that reach this address can connect, e.g. Dify in Docker through the Docker bridge. The API key is required.</source>
        <translation>能访问此地址的程序可以连接，例如通过 Docker 网桥访问的 Docker 中的 Dify。必须使用 API 密钥。</translation>
    </message>
    <message>
        <source>Dify running in Docker on this computer</source>
        <translation>在本机 Docker 中运行的 Dify</translation>
    </message>
    <message>
        <source>Containers cannot reach %1 on the host, so the server must listen where Docker can reach it.</source>
        <translation>容器无法访问宿主机的 %1，因此服务器必须监听在 Docker 能访问的地址上。</translation>
    </message>
    <message>
        <source>Above, listen on %1 (the Docker bridge on Linux) or %2 (every interface, also reachable from your network), then restart the server. The API key is then always required.</source>
        <translation>在上方将监听地址设为 %1（Linux 上的 Docker 网桥）或 %2（所有接口，局域网中的其他计算机也能访问），然后重新启动服务器。此时始终需要 API 密钥。</translation>
    </message>
    <message>
        <source>In Dify, create a custom tool from the schema URL %1 and choose API key authentication: header %2, type Bearer, value the key above. HTTP Request nodes use the base URL %3.</source>
        <translation>在 Dify 中，通过架构网址 %1 创建自定义工具，鉴权方式选择 API Key：请求头 %2，类型 Bearer，值为上方的密钥。HTTP 请求节点使用基础网址 %3。</translation>
    </message>
    <message>
        <source>On Linux, %1 is not defined inside containers by default: add %2 to the api, worker, plugin_daemon and ssrf_proxy services of Dify&apos;s docker-compose.yaml.</source>
        <translation>在 Linux 上，容器内默认没有定义 %1：请在 Dify 的 docker-compose.yaml 中为 api、worker、plugin_daemon 和 ssrf_proxy 服务添加 %2。</translation>
    </message>
    <message>
        <source>Dify sends these requests through its SSRF proxy, which refuses private addresses. Add these lines to Dify&apos;s %1 and run %2:</source>
        <translation>Dify 通过其 SSRF 代理发送这些请求，该代理会拒绝私有地址。请将以下几行添加到 Dify 的 %1，然后运行 %2：</translation>
    </message>
    <message>
        <source>Rest&amp;art</source>
        <translation>重新启动(&amp;A)</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Create a session; its session_id is kept in SESSION_ID:</source>
        <translation>创建会话；其 session_id 保存在 SESSION_ID 中：</translation>
    </message>
    <message>
        <source>Add a question with the candidate&apos;s answer and your score to that session:</source>
        <translation>向该会话添加一道题目及候选人的回答和你的评分：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Claude Desktop</source>
        <translation>Claude Desktop</translation>
    </message>
    <message>
        <source>In Dify: Tools → MCP → Add MCP Server (HTTP), with the URL above and this header (the API key):</source>
        <translation>在 Dify 中：工具 → MCP → 添加 MCP 服务 (HTTP)，填入上面的 URL 和这个请求头（API 密钥）：</translation>
    </message>
    <message>
        <source>In Dify: Tools → MCP → Add MCP Server (HTTP), with the URL above. No header is needed: the API key is not required.</source>
        <translation>在 Dify 中：工具 → MCP → 添加 MCP 服务 (HTTP)，填入上面的 URL。无需请求头：当前不要求 API 密钥。</translation>
    </message>
    <message>
        <source>In claude_desktop_config.json (Settings → Developer → Edit Config); it runs the mcp-remote bridge through npx, which needs Node.js.</source>
        <translation>写入 claude_desktop_config.json（设置 → 开发者 → 编辑配置）；它通过 npx 运行 mcp-remote 桥接，需要 Node.js。</translation>
    </message>
    <message>
        <source>In ~/.cursor/mcp.json, or .cursor/mcp.json in a project.</source>
        <translation>写入 ~/.cursor/mcp.json，或项目中的 .cursor/mcp.json。</translation>
    </message>
</context>
<context>
    <name>ir::ui::SessionBrowser</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>全部难度</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>重置列</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 个会话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::SessionTableModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>会话名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>录用建议</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>the interviewer&apos;s recommendation: strong yes … strong no</comment>
        <translation>录用建议</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
</context>
<context>
    <name>ir::ui::SessionView</name>
    <message>
        <source>Untitled session</source>
        <translation>未命名会话</translation>
    </message>
    <message>
        <source>via the API</source>
        <translation>通过 API</translation>
    </message>
    <message>
        <source>in this window</source>
        <translation>在本窗口</translation>
    </message>
    <message>
        <source>Planned: %1 min</source>
        <translation>计划：%1 分钟</translation>
    </message>
    <message>
        <source>Took %1 of %2 min planned</source>
        <translation>用时 %1，计划 %2 分钟</translation>
    </message>
    <message>
        <source>Elapsed %1 of %2 min</source>
        <translation>已用 %1，计划 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min over</source>
        <translation>超时 %1 分钟</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>会话未保存</translation>
    </message>
    <message>
        <source>Not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The metadata is larger than %1 KiB.</source>
        <translation>元数据超过 %1 KiB。</translation>
    </message>
    <message>
        <source>Complete interview</source>
        <translation>完成面试</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>取消会话</translation>
    </message>
    <message>
        <source>Cancel this session? It cannot be restarted afterwards.</source>
        <translation>取消此会话？取消后无法重新开始。</translation>
    </message>
    <message>
        <source>The session is already finished.</source>
        <translation>会话已经结束。</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>会话已经开始。</translation>
    </message>
    <message>
        <source>This status change is not allowed.</source>
        <translation>不允许此状态变更。</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>该会话已不存在。</translation>
    </message>
    <message>
        <source>The database could not save the change. Try again.</source>
        <translation>数据库无法保存修改，请重试。</translation>
    </message>
    <message>
        <source>The change was refused: %1</source>
        <translation>修改被拒绝：%1</translation>
    </message>
    <message>
        <source>Select a session on the left, or create one with File → New Session (%1).</source>
        <translation>请在左侧选择一个会话，或通过“文件 → 新建会话”（%1）创建。</translation>
    </message>
    <message>
        <source>Complete this interview? Its fields and questions can no longer change afterwards; the recommendation, the notes and the review of AI questions stay editable.</source>
        <translation>确定完成此次面试吗？完成后其字段和题目将不能再修改；推荐意见、备注以及对 AI 题目的审核仍可编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) posted by the AI workflow not reviewed yet</source>
        <translation>
            <numerusform>%n 道 AI 工作流提交的题目尚未审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) without a score</source>
        <translation>
            <numerusform>%n 道题目尚未评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything is done yet:</source>
        <translation>还有未完成的事项：</translation>
    </message>
    <message>
        <source>&amp;Complete anyway</source>
        <translation>仍然完成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accept all and complete</source>
        <translation>全部认可并完成(&amp;A)</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>无元数据</translation>
    </message>
    <message>
        <source>Unapplied metadata</source>
        <translation>未应用的元数据</translation>
    </message>
    <message>
        <source>The metadata was edited but not applied. Apply it now?</source>
        <translation>元数据已修改但尚未应用。现在应用吗？</translation>
    </message>
</context>
<context>
    <name>ir::ui::SettingsDialog</name>
    <message>
        <source>This is not a valid team database URL: %1</source>
        <translation>这不是有效的团队数据库 URL：%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty or older; Interview Recorder sets it up when it next starts with it.</source>
        <translation>已连接到 %1。该数据库为空或版本较旧；面试记录器下次使用它启动时会完成设置。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Enter the team database&apos;s URL, or choose the local database.</source>
        <translation>请输入团队数据库的 URL，或选择本地数据库。</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>ir::ui::StorageBanner</name>
    <message>
        <source>Another program holds the database; your changes are not being saved. Close it or wait.</source>
        <translation>另一个程序占用着数据库，你的修改没有被保存。请关闭该程序或稍候。</translation>
    </message>
    <message>
        <source>The disk is full: free some space; nothing new is saved until then.</source>
        <translation>磁盘已满：请释放一些空间；在此之前不会保存任何新内容。</translation>
    </message>
    <message>
        <source>The database file was deleted or replaced while the app was running. Nothing you do now can be saved: restart Interview Recorder; restore from a backup if the file is gone.</source>
        <translation>数据库文件在程序运行期间被删除或替换。现在所做的任何操作都无法保存：请重新启动面试记录器；如果文件已丢失，请从备份恢复。</translation>
    </message>
    <message>
        <source>The backup of %1 will be restored the next time Interview Recorder starts; the damaged file is kept beside it. Quit and start Interview Recorder again.</source>
        <translation>下次启动面试记录器时将恢复 %1 的备份，损坏的文件会保留在它旁边。请退出并重新启动面试记录器。</translation>
    </message>
    <message>
        <source>The database file is damaged: what you change now may not be saved. Restore the latest automatic backup (%1), then start Interview Recorder again.</source>
        <translation>数据库文件已损坏：现在所做的修改可能无法保存。请恢复最新的自动备份（%1），然后重新启动面试记录器。</translation>
    </message>
    <message>
        <source>The database file is damaged and there is no automatic backup yet. Quit Interview Recorder and put a copy you trust in the data folder in its place.</source>
        <translation>数据库文件已损坏，且还没有自动备份。请退出面试记录器，并用一份可信的副本替换数据文件夹中的该文件。</translation>
    </message>
    <message>
        <source>The database cannot be written to (read-only file, folder or disk): your changes are not being saved. Check the permissions of the data folder.</source>
        <translation>数据库无法写入（文件、文件夹或磁盘为只读）：你的修改没有被保存。请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>无法打开文件夹 %1。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore.</source>
        <translation>没有可恢复的自动备份。</translation>
    </message>
    <message>
        <source>Replace the damaged database with the automatic backup of %1?

What was saved after that time is lost. The damaged file is kept beside it as %2.damaged-…, and the backup takes its place when Interview Recorder starts again.</source>
        <translation>用 %1 的自动备份替换已损坏的数据库吗？

该时间之后保存的内容将会丢失。损坏的文件会以 %2.damaged-… 的名称保留在旁边，面试记录器下次启动时由备份取而代之。</translation>
    </message>
    <message>
        <source>The restore could not be prepared: %1</source>
        <translation>无法准备恢复：%1</translation>
    </message>
    <message>
        <source>The database server cannot be reached: your changes are not being saved. Interview Recorder reconnects by itself as soon as the server answers again.</source>
        <translation>无法连接数据库服务器：您的更改暂未保存。服务器恢复响应后，面试记录器会自动重新连接。</translation>
    </message>
</context>
<context>
    <name>ir::ui::SummaryPanel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
</context>
</TS>
