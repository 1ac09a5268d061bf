#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Interview Recorder contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large, realistic data set in the app's own JSON export format, for scale benchmarks.

    bench/gen_dataset.py --out DIR [--sessions 20000] [--questions 50] [--seed 1]
                         [--sessions-per-file 1000] [--users 500] [--end-date 2026-12-01]

Each file DIR/part-NNNN.json is an `interview-recorder-export` document (format_version 1, as
core/export/jsoncodec.cpp writes it and core/export/jsonimporter.cpp reads it), so it can be
loaded with the app's own importer:

    interview-recorder import DIR/part-0001.json --data-dir DATA

The importer reads a whole file into memory and checks it before writing, so the data set is
split into files of --sessions-per-file sessions (default 1,000 sessions = 50,000 questions,
about 40 MB). Memory stays bounded: only the small per-session header (time, user) of every
session is held at once; questions are generated and written one session at a time.

What the data looks like (deterministic for a given --seed, --end-date and sizes):
- N sessions of exactly M questions, spread over --users users (mildly skewed: a few users have
  many sessions, most have a few dozen), created over the 360 days before --end-date, in
  working hours (09:00-21:00 Beijing time), written in creation order (as a real database grows).
- Statuses mixed: ~82 % completed, ~5 % cancelled, ~6 % in progress, ~7 % pending (never more
  than 90 active sessions per user, under the default limit of 100).
- 30 question categories, each with its usual question_type (technical, behavioral, logical,
  project_based; sometimes another one), and its own vocabulary. Terms are drawn with Zipf-like
  weights, so some terms are common (数据库, 线程), some mid (进程), some rare (布隆过滤器).
- Question, answer and feedback text in Chinese, with English product names (MySQL, Redis ...),
  about 10 % of questions entirely in English and some Chinese answers quoting English phrases,
  so the English word "the" is in a good share (~15-20 %) of records.
- Scores 0-10 with one decimal (per-candidate level plus per-question noise), ~2 % unscored
  questions with no answer; feedback tone follows the score.

DIR/manifest.json records the parameters, the files, counts per status/type/category, the
busiest users, a sample session, and "probes": for a few search terms and filter combinations,
how many question records match (counted the way GET /records matches: substring of question,
answer or feedback, ASCII case-insensitive, like SQLite's LIKE; times compared in UTC).
bench/scale_bench.py uses the probes to pick its queries and to check the server's totals.
"""
import argparse
import bisect
import datetime as dt
import itertools
import json
import os
import random
import sys
import time

FORMAT = "interview-recorder-export"
FORMAT_VERSION = 1
DAY_MS = 86_400_000
SPAN_DAYS = 360  # under the contract's default retention of 365 days

# --------------------------------------------------------------------------------------------
# Vocabulary. Each category: (usual question_type, weight, Chinese terms (most common first),
# English terms or None). Terms are picked with weight 1/(rank+1)^ZIPF_S.
# --------------------------------------------------------------------------------------------
ZIPF_S = 1.05

CATEGORIES = [
    ("操作系统", "technical", 5, ["线程", "进程", "死锁", "虚拟内存", "上下文切换", "系统调用", "互斥锁", "协程",
                               "页表", "调度算法", "中断", "信号量", "文件描述符", "内存映射", "用户态和内核态",
                               "写时复制", "僵尸进程", "缺页异常"],
     ["thread", "process", "deadlock", "virtual memory", "context switch", "system call", "mutex", "page table"]),
    ("计算机网络", "technical", 5, ["TCP", "HTTP", "三次握手", "拥塞控制", "HTTPS", "DNS", "四次挥手", "滑动窗口",
                                "UDP", "长连接", "负载均衡", "TLS握手", "粘包", "WebSocket", "CDN", "TIME_WAIT",
                                "网络分区", "路由表"],
     ["TCP handshake", "congestion window", "load balancer", "DNS resolver", "keep-alive connection"]),
    ("数据库", "technical", 6, ["数据库", "索引", "事务", "隔离级别", "慢查询", "联合索引", "主从复制", "MVCC",
                             "执行计划", "B+树", "分库分表", "覆盖索引", "回表", "数据库连接池", "读写分离",
                             "间隙锁", "redo log", "binlog"],
     ["database", "index", "transaction", "isolation level", "query plan", "connection pool", "replica"]),
    ("数据结构", "technical", 4, ["哈希表", "链表", "二叉树", "数组", "栈", "队列", "堆", "红黑树", "LRU缓存",
                               "跳表", "前缀树", "并查集", "图", "布隆过滤器"],
     ["hash map", "linked list", "binary tree", "heap", "stack", "trie"]),
    ("算法", "technical", 5, ["时间复杂度", "动态规划", "二分查找", "快速排序", "双指针", "贪心算法", "回溯",
                            "深度优先搜索", "广度优先搜索", "归并排序", "滑动窗口", "空间复杂度", "拓扑排序",
                            "最短路径", "单调栈"],
     ["time complexity", "dynamic programming", "binary search", "quicksort", "two pointers"]),
    ("Java", "technical", 5, ["JVM", "线程池", "垃圾回收", "HashMap", "synchronized", "Spring", "volatile",
                            "ConcurrentHashMap", "类加载", "内存模型", "线程安全", "反射", "锁升级", "AQS",
                            "ThreadLocal"],
     ["garbage collector", "thread pool", "class loader", "memory model", "HashMap"]),
    ("Python", "technical", 3, ["GIL", "装饰器", "生成器", "协程", "多线程", "异步IO", "多进程", "迭代器",
                              "垃圾回收", "上下文管理器", "列表推导式", "元类"],
     ["GIL", "decorator", "generator", "event loop", "coroutine"]),
    ("C++", "technical", 3, ["智能指针", "虚函数", "RAII", "模板", "移动语义", "内存泄漏", "右值引用", "多态",
                           "析构函数", "STL容器", "内存对齐", "线程安全"],
     ["smart pointer", "virtual function", "move semantics", "template", "destructor"]),
    ("Go语言", "technical", 3, ["goroutine", "channel", "调度器", "切片", "接口", "垃圾回收", "互斥锁", "context",
                              "逃逸分析", "并发模型", "内存分配"],
     ["goroutine", "channel", "scheduler", "escape analysis"]),
    ("前端开发", "technical", 4, ["闭包", "事件循环", "跨域", "虚拟DOM", "Promise", "React", "Vue", "浏览器缓存",
                               "原型链", "性能优化", "首屏加载", "重绘和回流", "防抖和节流"],
     ["closure", "event loop", "virtual DOM", "same-origin policy", "browser cache"]),
    ("分布式系统", "technical", 4, ["一致性", "分布式锁", "分布式事务", "CAP理论", "幂等性", "Raft", "最终一致性",
                                "服务发现", "数据分片", "副本", "共识算法", "脑裂", "两阶段提交"],
     ["consistency", "distributed lock", "consensus algorithm", "leader election", "quorum"]),
    ("微服务", "technical", 3, ["限流", "熔断", "服务拆分", "网关", "RPC", "降级", "注册中心", "链路追踪",
                             "配置中心", "灰度发布", "服务治理"],
     ["circuit breaker", "rate limiter", "API gateway", "service mesh"]),
    ("缓存", "technical", 4, ["Redis", "缓存穿透", "缓存雪崩", "缓存击穿", "缓存一致性", "淘汰策略", "过期策略",
                            "热点数据", "持久化", "本地缓存", "布隆过滤器"],
     ["cache", "eviction policy", "cache stampede", "write-through cache"]),
    ("消息队列", "technical", 3, ["Kafka", "重复消费", "消息堆积", "消息顺序", "分区", "消费者组", "削峰填谷",
                               "延迟队列", "死信队列", "事务消息"],
     ["message queue", "consumer group", "partition", "dead letter queue"]),
    ("系统设计", "technical", 5, ["高并发", "数据库", "缓存", "高可用", "限流", "秒杀系统", "短链接系统", "水平扩展",
                               "容量评估", "单点故障", "异地多活", "消息推送系统"],
     ["URL shortener", "rate limiter", "news feed", "the write path", "sharding"]),
    ("云原生", "technical", 3, ["Docker", "Kubernetes", "容器编排", "镜像", "Pod", "自动扩缩容", "服务网格", "持续部署",
                             "资源隔离", "Helm"],
     ["container", "Kubernetes", "autoscaler", "sidecar"]),
    ("信息安全", "technical", 2, ["SQL注入", "XSS", "CSRF", "身份认证", "权限控制", "加密算法", "对称加密",
                              "非对称加密", "数字签名", "令牌", "漏洞扫描"],
     ["SQL injection", "cross-site scripting", "authentication", "access token"]),
    ("机器学习", "technical", 3, ["过拟合", "梯度下降", "特征工程", "损失函数", "正则化", "神经网络", "交叉验证",
                               "准确率", "召回率", "推荐算法", "模型部署", "大模型"],
     ["overfitting", "gradient descent", "loss function", "feature engineering"]),
    ("软件测试", "technical", 2, ["单元测试", "测试用例", "自动化测试", "接口测试", "集成测试", "回归测试",
                               "边界条件", "压力测试", "覆盖率", "Mock"],
     ["unit test", "test case", "regression test", "mock"]),
    ("Linux运维", "technical", 3, ["日志排查", "进程", "CPU占用", "内存泄漏", "磁盘IO", "Shell脚本", "监控告警",
                                 "网络抓包", "文件系统", "权限管理", "内核参数"],
     ["log file", "CPU usage", "disk I/O", "shell script"]),
    ("数据分析", "technical", 2, ["SQL", "指标体系", "AB测试", "留存率", "转化率", "数据清洗", "数据仓库",
                               "漏斗分析", "用户画像", "数据可视化"],
     ["A/B test", "retention rate", "data warehouse", "funnel"]),
    ("团队协作", "behavioral", 4, ["团队", "沟通", "冲突", "协作", "跨部门合作", "分歧", "同事", "分工", "信任",
                               "反馈"],
     ["team", "conflict", "disagreement", "feedback"]),
    ("沟通能力", "behavioral", 3, ["沟通", "表达", "汇报", "需求方", "倾听", "客户", "说服", "会议", "误解",
                               "向上管理"],
     ["stakeholder", "presentation", "customer", "misunderstanding"]),
    ("职业规划", "behavioral", 3, ["职业规划", "离职原因", "成长", "目标", "优势", "短板", "学习计划", "期望薪资",
                               "转型", "加班"],
     ["career goal", "weakness", "strength", "salary expectation"]),
    ("领导力", "behavioral", 2, ["带团队", "决策", "目标拆解", "激励", "新人培养", "绩效", "授权", "承担责任",
                              "影响力", "复盘"],
     ["leadership", "decision", "mentoring", "ownership"]),
    ("压力与抗挫", "behavioral", 2, ["压力", "截止日期", "优先级", "失败经历", "时间管理", "挫折", "多任务",
                                "情绪", "复盘", "坚持"],
     ["deadline", "pressure", "failure", "priority"]),
    ("逻辑推理", "logical", 3, ["推理", "假设", "条件", "真假话", "排除法", "矛盾", "规律", "悖论"], None),
    ("数学与概率", "logical", 2, ["概率", "期望", "排列组合", "数列", "估算", "抽样", "随机数", "几何"], None),
    ("智力题", "logical", 2, ["称重", "烧绳子", "过河", "赛马", "灯泡", "帽子", "倒水", "海盗分金"], None),
    ("项目经验", "project_based", 6, ["项目", "技术选型", "性能优化", "难点", "架构设计", "数据库", "线上故障",
                                  "重构", "监控", "上线", "收益", "指标"],
     ["project", "trade-off", "migration", "outage", "the architecture"]),
]
QUESTION_TYPES = ["technical", "behavioral", "logical", "project_based"]

TECHS = ["MySQL", "PostgreSQL", "Redis", "Kafka", "RabbitMQ", "Elasticsearch", "MongoDB", "Nginx", "gRPC",
         "Spring Boot", "Django", "Flask", "Gin", "React", "Vue", "Kubernetes", "Docker", "Prometheus", "Grafana",
         "ClickHouse", "HBase", "Flink", "Spark", "TiDB", "etcd", "ZooKeeper", "Istio", "Dubbo", "RocketMQ",
         "SQLite", "Netty", "Tomcat", "Hive", "Pulsar", "Consul", "Jenkins", "GitLab CI", "OpenResty"]
PROJECT_HEADS = ["订单", "支付", "推荐", "风控", "搜索", "日志", "监控", "用户中心", "消息推送", "库存", "物流", "客服",
                 "营销", "优惠券", "直播", "短视频", "内容审核", "数据中台", "报表", "权限", "网关", "配置", "计费",
                 "会员", "广告投放", "评论", "秒杀", "问答", "知识库", "工单", "外卖配送", "招聘", "考勤", "门店",
                 "供应链", "结算", "对账", "埋点", "画像", "积分商城"]
PROJECT_TAILS = ["系统", "平台", "服务", "中台", "模块", "小程序", "后台", "引擎"]
COMPANIES = ["字节跳动", "阿里巴巴", "腾讯", "美团", "京东", "百度", "拼多多", "网易", "小米", "华为", "快手", "滴滴",
             "蚂蚁集团", "携程", "哔哩哔哩", "小红书", "米哈游", "商汤", "蔚来", "理想汽车", "得物", "贝壳", "顺丰科技",
             "招商银行", "平安科技", "微众银行", "知乎", "携程", "Shopee", "微软", "Google", "Amazon"]
POSITIONS = ["后端开发", "Java开发", "前端开发", "测试开发", "算法工程师", "运维工程师", "数据分析师", "Go开发",
             "C++开发", "全栈工程师", "SRE", "大数据开发", "客户端开发", "安全工程师", "机器学习工程师", "技术经理"]
ROUNDS = ["一面", "二面", "三面", "HR面", "技术面", "终面", "模拟面试", "复盘练习", "交叉面", "电话面"]
CITIES = ["北京", "上海", "深圳", "杭州", "广州", "成都", "武汉", "南京", "西安", "苏州"]

# Question templates. Slots: {a} {b} terms of the category, {tech} {tech2}, {proj}, {n} {n2} numbers.
Q_TECH = [
    "请解释一下{a}的原理。", "{a}和{b}有什么区别？", "谈谈你对{a}的理解。", "在实际项目中你是怎么使用{a}的？",
    "如果线上出现和{a}相关的问题，你会如何排查？", "{a}有哪些优缺点？适用于什么场景？",
    "为什么需要{a}？它解决了什么问题？", "高并发场景下使用{a}需要注意什么？", "{a}的底层是怎么实现的？",
    "如何优化{a}的性能？", "请结合{b}说明{a}的作用。", "在{tech}中，{a}是如何工作的？",
    "如果QPS从{n}涨到{n2}，{a}需要怎么调整？", "说一说{a}常见的坑。", "描述一下实现{a}的思路。",
    "{a}在{tech}和{tech2}里的实现有什么不同？", "面试官追问：{a}出问题时{b}会受到什么影响？",
]
Q_BEHAV = [
    "请分享一次和{a}相关的经历。", "遇到{a}的问题时，你通常怎么处理？", "讲一个你在{a}方面做得不好的例子。",
    "如果你在{a}上的想法和领导不一致，你会怎么做？", "你如何看待{a}？", "在{proj}项目中你是如何处理{a}的？",
    "你觉得自己在{a}方面有什么优势和不足？", "描述一次你因为{a}而改变做法的经历。",
]
Q_LOGIC = [
    "有{n}个球，其中一个比其他的重，用天平最少称几次能找出来？", "一根绳子烧完需要一小时且燃烧不均匀，怎样计时{m}分钟？",
    "三个人中只有一个说真话，请用{a}的方法找出谁在说谎。", "抛一枚硬币{k}次，恰好出现{j}次正面的概率是多少？",
    "估算一下{city}有多少家咖啡店。", "数列{seq}的下一个数是什么？", "{n}匹马、{k}条赛道，最少比赛几次才能找出最快的三匹？",
    "请用{a}的思路分析这个问题：{k}个人围成一圈报数，最后剩下的是谁？", "一个{k}升和一个{j}升的桶，如何量出{m}升水？",
    "{a}题：如果所有A都是B，有些B是C，能否推出有些A是C？",
]
Q_PROJ = [
    "请介绍一下你负责的{proj}。", "{proj}中最大的技术难点是什么？你是怎么解决的？", "在{proj}中你们为什么选择{tech}？",
    "{proj}上线后遇到过哪些线上问题？", "如果让你重新设计{proj}，你会怎么改进？", "{proj}的{a}是怎么设计的？",
    "{proj}里{a}和{b}是怎么取舍的？", "你在{proj}中的具体职责是什么？取得了哪些{a}？",
]
Q_EN = [
    "Explain the difference between the {e} and the {e2}.", "What is the purpose of the {e} in {tech}?",
    "How would you design the {e} for a service with {n} requests per second?",
    "What are the trade-offs of using the {e}?", "Tell me about a time when the {e} caused a production issue.",
    "How does {tech} implement the {e}?", "Walk me through how you would debug a problem with the {e}.",
]
Q_EN_BEHAV = [
    "Tell me about a time you had a {e} with a colleague.", "How do you handle {e} when the deadline is close?",
    "Describe the biggest {e} in your last job and what you learned from it.",
    "What would your manager say about your {e}?",
]

A_TECH = [
    "{a}的核心思想是把复杂的问题拆成更小的部分分别处理。", "我理解{a}主要是为了解决{b}带来的问题。",
    "在我们的项目里，{a}用在了{proj}上，高峰期QPS大概在{qps}左右。", "{a}和{b}最大的区别在于资源隔离的程度不同。",
    "实现上一般会结合{tech}来做，{a}的参数要根据压测结果来调。",
    "排查时我会先看监控和日志，确认是不是{a}导致的，再定位到具体代码。",
    "它的优点是实现简单、性能稳定，缺点是极端情况下会出现{b}的问题。",
    "之前遇到过一次线上故障，原因是{a}配置不当，后来通过{b}解决了。", "从时间复杂度上看，这种做法大约是O(n log n)。",
    "如果数据量很大，可以考虑分批处理，或者引入{b}。", "这块我了解得不是特别深入，只在学习的时候看过相关资料。",
    "需要注意并发安全和异常处理，否则容易出现数据不一致。", "{tech}的官方文档对{a}有比较详细的说明，我们基本按推荐配置来用。",
    "简单来说，{a}就是用空间换时间。", "我们当时对比了{a}和{b}两种方案，最后选了前者，因为维护成本更低。",
    "优化之后延迟从{ms}毫秒降到了{ms2}毫秒左右。", "我会先写一个最简单的版本，再针对{b}做优化。", "其实{a}本身不复杂，难的是和{tech}配合时的边界情况。",
    "我们线上有{k}台机器，{a}相关的指标都接入了{tech2}。", "这里要区分读多写少和写多读少两种场景。",
    "面试前我专门复习过{a}，但实际用得不多。", "具体的数值我记不太清了，大概是{p}%左右的提升。",
    "如果是我来设计，会先保证正确性，再考虑{a}的性能。", "一般会加一层缓存，同时设置合理的过期时间。",
]
# Asides added to some answers (one in ~6): they carry terms across categories at a low rate.
A_ASIDES = [
    "另外还要考虑数据库的压力，避免所有请求都直接打到数据库上。", "这个问题和操作系统里的进程调度有点类似。",
    "底层依赖多线程来提高吞吐量，但线程数量并不是越多越好。", "测试环境和生产环境的配置不一样，这点要特别注意。",
    "这也是我们团队踩过的坑。", "上线前我们做了全链路压测。", "监控大盘上能看到明显的毛刺。",
    "后来我们把这部分逻辑从数据库挪到了应用层。", "这里我画个图会更清楚一些。", "具体细节可能要看{tech}的版本。",
]
A_BEHAV = [
    "当时我们在做{proj}，项目周期只有{k}周。", "我先和相关同事一对一沟通，了解大家的真实想法。",
    "后来我们把问题拆成几个小目标，每周复盘一次进度。", "这件事让我意识到{a}非常重要，不能只关注技术本身。",
    "最后项目按时上线，用户满意度提升了{p}%。", "说实话那次处理得不够好，主要是前期沟通不充分。",
    "我会先确认优先级，再和团队对齐预期。", "遇到{a}时我会保持冷静，先收集事实再做判断。",
    "我们团队当时有{k}个人，我负责协调前后端的工作。", "我主动承担了{b}相关的工作，并定期向领导汇报。",
    "这段经历让我在{a}方面成长了很多。", "之后我养成了每天写工作记录的习惯。",
    "我觉得坦诚地说明困难比硬扛更有效。", "对方一开始不太认可，后来用数据说服了他。",
]
A_PROJECT = A_TECH + A_BEHAV + [
    "这个项目的日活大概是{n}万，高峰期QPS在{qps}左右。", "我主要负责后端接口和数据库表结构的设计。",
    "技术栈是{tech}加{tech2}，部署在Kubernetes上。", "项目从立项到上线一共用了{k}个月。",
]
A_LOGIC = [
    "可以先把球分成三组，每次称量都能排除三分之二的可能。", "关键在于同时点燃绳子的两端。",
    "先假设甲说的是真话，推出矛盾，所以甲在说谎。", "用排列组合计算，总共有{n}种情况。",
    "答案是{k}次，思路是每次尽量均分。", "我是从结果倒推的，先确定最后一步再往前推。",
    "按人口{n}万、每{k}千人一家来估算，大约有{n2}家。", "这道题可以用{a}来做，先列出所有可能的情况。",
    "一开始我想错了方向，后来发现规律是每次乘二再加一。", "答案是{j}，验证了一下边界情况也成立。",
    "概率是C({k},{j})除以2的{k}次方。", "可以先倒满大桶，再用它去装满小桶，重复几次就行。",
]
A_EN = [
    "The main idea is that the {e} keeps the system responsive under load.",
    "In my last project we used {tech}, and the {e} was the bottleneck.",
    "I would start by measuring the latency, then look at the hot path.",
    "The key trade-off is between consistency and availability.",
    "We solved it by adding a cache in front of the database.",
    "Honestly, I have not used the {e} in production, but I know the basic concept.",
    "First I talked to the team to understand the problem and the constraints.",
    "After the change the p99 latency dropped from {ms} ms to {ms2} ms.",
    "It depends on the workload: for read-heavy traffic I would choose a different design.",
    "I wrote a small benchmark to compare both options before we decided.",
]
A_EN_QUOTES = [  # English phrases quoted inside Chinese answers
    "用英文说就是 the single source of truth。", "就像那句话说的：make the common case fast。",
    "我们内部把它叫 the happy path，异常分支单独处理。", "这也是 the CAP theorem 里讲的权衡。",
    "Code review 时 reviewer 说 the naming is confusing，后来统一了命名。", "文档里写的是 the default is 50，我们调大了。",
    "老板常说 the customer comes first。", "RFC 里原文是 the sender MUST NOT retry。",
]
F_GOOD = ["回答思路清晰，对{a}理解比较到位。", "基础扎实，举例具体，有说服力。", "表达流畅，逻辑清楚。",
          "对{a}和{b}的区别讲得很透彻。", "有实际项目经验，能讲出细节。", "整体表现良好，建议进入下一轮。",
          "思路正确，考虑到了边界情况。", "沟通能力不错，团队意识强。"]
F_MID = ["回答基本正确，但不够深入。", "对{a}有了解，缺少实际使用经验。", "思路正确，但计算过程有小错误。",
         "回答不够完整，没有提到{b}。", "表达有些啰嗦，可以更有条理。", "建议多关注底层原理。",
         "举例比较笼统，缺少数据支撑。"]
F_BAD = ["对{a}的理解停留在表面，需要加强。", "回答偏离问题，需要多次引导。", "概念混淆，把{a}和{b}搞混了。",
         "基础知识薄弱，不建议通过。", "没有给出可行的方案。", "对边界情况考虑不周，逻辑有漏洞。"]
F_EN = ["Clear answer, covers the main points.", "The candidate understands the basics but lacks depth.",
        "Good example, but the explanation of the trade-offs was weak.", "Needs more hands-on experience with the {e}.",
        "Strong answer; the candidate also asked good questions.", "Missed the main point of the question."]
SEQUENCES = ["1, 1, 2, 3, 5, 8", "2, 3, 5, 7, 11", "1, 4, 9, 16, 25", "3, 7, 15, 31", "1, 2, 6, 24, 120",
             "2, 6, 12, 20, 30", "1, 3, 6, 10, 15"]

# Search terms and filters whose match counts go into the manifest (see module doc).
DEFAULT_PROBE_TERMS = ["数据库", "线程", "进程", "the", "红黑树", "布隆过滤器"]
ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def zipf_weights(count, s=ZIPF_S):
    return list(itertools.accumulate(1.0 / (rank + 1) ** s for rank in range(count)))


class Picker:
    """Weighted choice from a fixed list, with precomputed cumulative weights (deterministic)."""

    def __init__(self, items, cumulative):
        self.items, self.cumulative, self.total = items, cumulative, cumulative[-1]

    def __call__(self, rng):
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.total)]


def iso_ms(epoch_ms):
    """UTC time the way JsonCodec::timeToJson writes it: 2025-09-05T05:32:19.000Z."""
    moment = dt.datetime.fromtimestamp(epoch_ms // 1000, dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (epoch_ms % 1000)


class Generator:
    def __init__(self, options):
        self.options = options
        self.rng = random.Random(options.seed)
        self.categories = CATEGORIES
        self.category_pick = Picker(list(range(len(CATEGORIES))), list(itertools.accumulate(c[2] for c in CATEGORIES)))
        self.term_picks = [Picker(c[3], zipf_weights(len(c[3]))) for c in CATEGORIES]
        self.english_picks = [Picker(c[4], zipf_weights(len(c[4]), 0.8)) if c[4] else None for c in CATEGORIES]
        self.tech_pick = Picker(TECHS, zipf_weights(len(TECHS), 0.9))
        end = dt.datetime.strptime(options.end_date, "%Y-%m-%d").replace(tzinfo=dt.timezone.utc)
        self.end_ms = int(end.timestamp() * 1000)
        self.start_ms = self.end_ms - SPAN_DAYS * DAY_MS
        self.probe_terms = list(dict.fromkeys(DEFAULT_PROBE_TERMS + (options.probe_term or [])))
        self.probe_terms_lower = [t.translate(ASCII_LOWER) for t in self.probe_terms]
        self.since_ms = self.end_ms - options.since_days * DAY_MS
        self.probe_category = options.probe_category

    # ---- text --------------------------------------------------------------------------------
    def project(self):
        rng = self.rng
        return rng.choice(PROJECT_HEADS) + rng.choice(PROJECT_TAILS)

    def terms(self, category):
        """The terms one question is about: {a}, {b}, {e}, {e2}. Its answer and feedback reuse them."""
        rng = self.rng
        pick = self.term_picks[category]
        a = pick(rng)
        b = pick(rng)
        for _ in range(3):
            if b != a:
                break
            b = pick(rng)
        english = self.english_picks[category] or self.english_picks[0]
        e = english(rng)
        e2 = english(rng)
        for _ in range(3):
            if e2 != e:
                break
            e2 = english(rng)
        return {"a": a, "b": b, "e": e, "e2": e2}

    def fill(self, template, category, context):
        rng = self.rng
        values = dict(context) if rng.random() < 0.85 else self.terms(category)
        if "{tech" in template:
            values["tech"] = self.tech_pick(rng)
            values["tech2"] = self.tech_pick(rng)
        if "{proj}" in template:
            values["proj"] = self.project()
        if "{n" in template:
            values["n"] = rng.choice((8, 9, 12, 25, 50, 100, 300, 500, 1000, 2000, 3000, 5000, 10000, 20000))
            values["n2"] = values["n"] * rng.choice((2, 3, 5, 10))
        if "{qps}" in template:
            values["qps"] = rng.choice((200, 500, 800, 1000, 1500, 2000, 3000, 5000, 8000, 12000, 30000, 50000))
        if "{m}" in template:
            values["m"] = rng.choice((15, 30, 45, 75, 90))
        if "{k}" in template or "{j}" in template:
            values["k"] = rng.randint(3, 12)
            values["j"] = rng.randint(1, values["k"])
        if "{p}" in template:
            values["p"] = rng.randint(5, 60)
        if "{ms" in template:
            values["ms"] = rng.choice((80, 120, 200, 350, 500, 800, 1200))
            values["ms2"] = max(1, values["ms"] // rng.randint(2, 8))
        if "{city}" in template:
            values["city"] = rng.choice(CITIES)
        if "{seq}" in template:
            values["seq"] = rng.choice(SEQUENCES)
        return template.format(**values)

    def question_text(self, category, qtype, english, context):
        rng = self.rng
        if english:
            templates = Q_EN_BEHAV if qtype == "behavioral" else Q_EN
        else:
            templates = {"technical": Q_TECH, "behavioral": Q_BEHAV, "logical": Q_LOGIC,
                         "project_based": Q_PROJ}[qtype]
        return self.fill(rng.choice(templates), category, context)

    def answer_text(self, category, qtype, english, context):
        rng = self.rng
        count = min(9, max(1, int(rng.expovariate(1 / 3.2)) + 1))
        if english:
            return " ".join(self.fill(rng.choice(A_EN), category, context) for _ in range(count))
        pool = {"technical": A_TECH, "behavioral": A_BEHAV, "logical": A_LOGIC, "project_based": A_PROJECT}[qtype]
        parts = [self.fill(template, category, context) for template in rng.sample(pool, min(count, len(pool)))]
        if qtype != "logical" and rng.random() < 0.16:
            parts.insert(rng.randint(0, len(parts)), self.fill(rng.choice(A_ASIDES), category, context))
        if rng.random() < 0.09:
            parts.insert(rng.randint(0, len(parts)), rng.choice(A_EN_QUOTES))
        return "".join(parts)

    def feedback_text(self, category, score, english, context):
        rng = self.rng
        if english:
            return self.fill(rng.choice(F_EN), category, context)
        if score is None:
            return rng.choice(("候选人没有作答。", "时间不够，跳过。", "未回答，下次补问。"))
        pool = F_GOOD if score >= 7.5 else F_MID if score >= 5 else F_BAD
        text = self.fill(rng.choice(pool), category, context)
        if rng.random() < 0.3:
            text += self.fill(rng.choice(F_MID if pool is F_GOOD else F_GOOD), category, context)
        return text

    # ---- records -----------------------------------------------------------------------------
    def plan_sessions(self):
        """Session headers for the whole data set (small), sorted by creation time."""
        rng, options = self.rng, self.options
        users = ["user_%04d" % (i + 1) for i in range(options.users)]
        user_pick = Picker(users, zipf_weights(len(users), 0.5))
        plans = []
        for _ in range(options.sessions):
            day = rng.randrange(SPAN_DAYS)
            # 01:00-13:00 UTC = 09:00-21:00 Beijing time, most interviews in the afternoon.
            seconds = int(3600 + min(12 * 3600 - 1, abs(rng.gauss(5.5 * 3600, 3 * 3600))))
            created = self.start_ms + day * DAY_MS + seconds * 1000 + rng.randrange(1000)
            plans.append((created, user_pick(rng)))
        plans.sort()
        return plans

    def session(self, index, created_ms, user_id, active_per_user):
        rng, options = self.rng, self.options
        roll = rng.random()
        status = ("completed" if roll < 0.82 else "cancelled" if roll < 0.87 else
                  "in_progress" if roll < 0.93 else "pending")
        if status in ("in_progress", "pending"):
            if active_per_user.get(user_id, 0) >= 90:
                status = "completed"
            else:
                active_per_user[user_id] = active_per_user.get(user_id, 0) + 1
        stamp = dt.datetime.fromtimestamp(created_ms // 1000, dt.timezone.utc).strftime("%Y%m%d_%H%M%S")
        suffix = (index * 0x9E3779B1 + options.seed * 0x85EBCA6B + 0x165667B1) & 0xFFFFFFFF  # bijective in index
        session_id = "session_%s_%08x" % (stamp, suffix)

        started = status in ("completed", "in_progress") or (status == "cancelled" and rng.random() < 0.7)
        start_ms = created_ms + rng.randrange(0, 600_000) if started else None
        clock = (start_ms or created_ms) + rng.randrange(30_000, 300_000)
        level = min(9.0, max(2.5, rng.gauss(6.8, 1.0)))
        main_category = self.category_pick(rng)
        english_session = rng.random() < 0.08  # an interview held in English
        questions, texts, scores = [], set(), []
        for position in range(1, options.questions + 1):
            category = main_category if rng.random() < 0.45 else self.category_pick(rng)
            usual = CATEGORIES[category][1]
            qtype = usual if rng.random() < 0.9 else rng.choice(QUESTION_TYPES)
            english = CATEGORIES[category][4] is not None and (english_session or rng.random() < 0.03)
            if qtype == "logical" and CATEGORIES[category][1] != "logical":
                english = False
            context = self.terms(category)
            text = self.question_text(category, qtype, english, context)
            for _ in range(4):
                if text not in texts:
                    break
                context = self.terms(category)
                text = self.question_text(category, qtype, english, context)
            if text in texts:
                text += "（追问%d）" % position
            texts.add(text)
            if rng.random() < 0.02:
                score, answer = None, ""
            else:
                while True:
                    value = rng.gauss(level, 1.3)
                    if 0.0 <= value <= 10.0:
                        break
                score = round(value, 1)
                answer = self.answer_text(category, qtype, english, context)
                scores.append(score)
            feedback = self.feedback_text(category, score, english, context)
            clock += rng.randrange(60_000, 420_000)
            edited = rng.random() < 0.1
            updated = clock + (rng.randrange(60_000, 3_600_000) if edited else 0)
            source = "api" if rng.random() < 0.7 else "ui"
            questions.append({
                "candidate_answer": answer,
                "created_at": iso_ms(clock),
                "interviewer_feedback": feedback,
                "overall_score": score,
                "position": position,
                "question_category": CATEGORIES[category][0],
                "question_id": "%s_q%03d" % (session_id, position),
                "question_text": text,
                "question_type": qtype,
                "reviewed": source == "ui" or edited,
                "session_id": session_id,
                "source": source,
                "updated_at": iso_ms(updated),
                "updated_by": "ui" if edited else source,
                "_created_ms": clock,  # removed before writing
            })
        end_ms = None
        if status == "completed" or (status == "cancelled" and started):
            end_ms = clock + rng.randrange(60_000, 900_000)
        updated_ms = max([end_ms or 0, clock] + [0])
        average = round(sum(scores) / len(scores) + 1e-9, 1) if scores else None
        duration = round((end_ms - start_ms) / 60_000 + 1e-9, 1) if start_ms and end_ms else None
        company = rng.choice(COMPANIES)
        session = {
            "average_score": average,
            "completed_questions": sum(1 for q in questions if q["overall_score"] is not None and q["candidate_answer"]),
            "created_at": iso_ms(created_ms),
            "difficulty_level": rng.choice(("easy", "medium", "medium", "hard")),
            "duration": duration,
            "end_time": iso_ms(end_ms) if end_ms else None,
            "estimated_duration": rng.choice((30, 45, 60, 60, 60, 90, 120)),
            "metadata": {} if rng.random() < 0.6 else {"company": company, "round": rng.randint(1, 4)},
            "notes": "" if rng.random() < 0.7 else rng.choice(("候选人迟到十分钟。", "网络不稳定，中途重连一次。",
                                                           "建议安排二面。", "Strong candidate.", "需要补充项目细节。")),
            "questions": questions,
            "recommendation": (rng.choice(("strong_yes", "yes", "yes", "no", "strong_no", "no_decision"))
                               if status == "completed" else "no_decision"),
            "session_id": session_id,
            "session_name": company + rng.choice(POSITIONS) + rng.choice(ROUNDS),
            "session_type": rng.choice(("knowledge_based", "company_position", "company_position",
                                        "resume_customized", "wrong_questions")),
            "source": "api" if rng.random() < 0.75 else "ui",
            "start_time": iso_ms(start_ms) if start_ms else None,
            "status": status,
            "total_questions": len(questions),
            "updated_at": iso_ms(updated_ms),
            "updated_by": "api",
            "user_id": user_id,
        }
        return session

    # ---- probes ------------------------------------------------------------------------------
    def count_probes(self, session, counts):
        for q in session["questions"]:
            haystacks = (q["question_text"], q["candidate_answer"], q["interviewer_feedback"])
            lowered = None
            for term, low in zip(self.probe_terms, self.probe_terms_lower):
                if term != low or any("a" <= c <= "z" for c in term):
                    # LIKE folds the case of ASCII letters only.
                    if lowered is None:
                        lowered = tuple(h.translate(ASCII_LOWER) for h in haystacks)
                    hit = any(low in h for h in lowered)
                else:
                    hit = any(term in h for h in haystacks)
                if hit:
                    counts["q:" + term] += 1
            score, qtype = q["overall_score"], q["question_type"]
            if score is not None:
                if qtype == "logical" and score >= 9.9:
                    counts["logical_min_9.9"] += 1
                if qtype == "behavioral" and score <= 5:
                    counts["behavioral_max_5"] += 1
                if (q["question_category"] == self.probe_category and q["_created_ms"] >= self.since_ms
                        and score >= 9):
                    counts["category_since_min_9"] += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="folder to write part-NNNN.json and manifest.json to")
    parser.add_argument("--sessions", type=int, default=20_000)
    parser.add_argument("--questions", type=int, default=50, help="questions per session")
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sessions-per-file", type=int, default=1000)
    parser.add_argument("--end-date", default="2026-12-01",
                        help="UTC day the data ends (created_at spans the 360 days before it)")
    parser.add_argument("--since-days", type=int, default=30, help="the probe filter's since= is this many days "
                                                                   "before --end-date")
    parser.add_argument("--probe-category", default="数据库", help="category of the category+since+score probe")
    parser.add_argument("--probe-term", action="append", help="another search term to count (repeatable)")
    parser.add_argument("--quiet", action="store_true")
    options = parser.parse_args()
    if options.sessions < 1 or options.questions < 1 or options.users < 1 or options.sessions_per_file < 1:
        parser.error("sizes must be positive")
    if options.questions > 999:
        parser.error("--questions: at most 999 (question IDs have 3 digits)")
    if options.probe_category not in [c[0] for c in CATEGORIES]:
        parser.error("--probe-category must be one of: " + ", ".join(c[0] for c in CATEGORIES))

    os.makedirs(options.out, exist_ok=True)
    generator = Generator(options)
    began = time.time()
    plans = generator.plan_sessions()
    exported_at = iso_ms(generator.end_ms)
    head = ('{"format":"%s","format_version":%d,"app_version":"bench-gen","exported_at":"%s","sessions":[\n'
            % (FORMAT, FORMAT_VERSION, exported_at))
    counts = {"q:" + t: 0 for t in generator.probe_terms}
    counts.update({"logical_min_9.9": 0, "behavioral_max_5": 0, "category_since_min_9": 0})
    statuses = {s: 0 for s in ("completed", "cancelled", "in_progress", "pending")}
    types = {t: 0 for t in QUESTION_TYPES}
    categories = {c[0]: 0 for c in CATEGORIES}
    per_user = {}
    active_per_user = {}
    files = []
    sample = None
    handle = None
    written_in_file = 0
    json_bytes = 0
    for index, (created_ms, user_id) in enumerate(plans):
        if handle is None:
            name = "part-%04d.json" % (len(files) + 1)
            handle = open(os.path.join(options.out, name), "w", encoding="utf-8")
            handle.write(head)
            files.append({"file": name, "sessions": 0, "questions": 0})
            written_in_file = 0
        session = generator.session(index, created_ms, user_id, active_per_user)
        generator.count_probes(session, counts)
        statuses[session["status"]] += 1
        per_user[user_id] = per_user.get(user_id, 0) + 1
        for q in session["questions"]:
            types[q["question_type"]] += 1
            categories[q["question_category"]] += 1
            del q["_created_ms"]
        if sample is None and index >= len(plans) // 2 and session["status"] == "completed":
            sample = {"session_id": session["session_id"], "user_id": user_id,
                      "questions": len(session["questions"])}
        text = json.dumps(session, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        handle.write((",\n" if written_in_file else "") + text)
        json_bytes += len(text.encode("utf-8"))
        written_in_file += 1
        files[-1]["sessions"] += 1
        files[-1]["questions"] += len(session["questions"])
        if written_in_file == options.sessions_per_file or index == len(plans) - 1:
            handle.write("\n]}\n")
            handle.close()
            handle = None
            if not options.quiet:
                print("%s: %d sessions, %d questions (%.0f s)" % (files[-1]["file"], files[-1]["sessions"],
                                                                  files[-1]["questions"], time.time() - began),
                      file=sys.stderr, flush=True)
    for entry in files:
        entry["bytes"] = os.path.getsize(os.path.join(options.out, entry["file"]))

    total_questions = sum(f["questions"] for f in files)
    busiest = sorted(per_user.items(), key=lambda item: (-item[1], item[0]))
    median_user = busiest[len(busiest) // 2]
    since = dt.datetime.fromtimestamp(generator.since_ms / 1000, dt.timezone.utc).strftime("%Y-%m-%d")
    manifest = {
        "generator": "bench/gen_dataset.py",
        "format": FORMAT,
        "seed": options.seed,
        "sessions": len(plans),
        "questions_per_session": options.questions,
        "total_questions": total_questions,
        "users": len(per_user),
        "start_date": dt.datetime.fromtimestamp(generator.start_ms / 1000, dt.timezone.utc).strftime("%Y-%m-%d"),
        "end_date": options.end_date,
        "files": files,
        "bytes": sum(f["bytes"] for f in files),
        "statuses": statuses,
        "question_types": types,
        "categories": categories,
        "busiest_users": [{"user_id": u, "sessions": n} for u, n in busiest[:5]],
        "median_user": {"user_id": median_user[0], "sessions": median_user[1]},
        "sample_session": sample,
        "probes": {
            "terms": {t: counts["q:" + t] for t in generator.probe_terms},
            "logical_min_9.9": {"query": "question_type=logical&min_score=9.9", "matches": counts["logical_min_9.9"]},
            "behavioral_max_5": {"query": "question_type=behavioral&max_score=5",
                                 "matches": counts["behavioral_max_5"]},
            "category_since_min_9": {"category": options.probe_category, "since": since, "min_score": 9,
                                     "matches": counts["category_since_min_9"]},
        },
        "seconds": round(time.time() - began, 1),
    }
    with open(os.path.join(options.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
    if not options.quiet:
        share = {t: "%.2f%%" % (100.0 * n / total_questions) for t, n in manifest["probes"]["terms"].items()}
        print("wrote %d sessions, %d questions, %.0f MB in %d files to %s in %.0f s; term shares: %s" % (
            len(plans), total_questions, manifest["bytes"] / 1e6, len(files), options.out, manifest["seconds"],
            json.dumps(share, ensure_ascii=False)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
