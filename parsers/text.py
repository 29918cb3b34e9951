"""Lines of text: chrome lines, the title line and the report's numbered sections.

Works on plain text as other tools extracted it (site name, breadcrumb, date line and
上一条/下一条 included) and on the lines rendered from an HTML content container alike.
A line is chrome only when the whole line is chrome: a body sentence that mentions 关闭 or
打印 is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import compress, count, pairwise

from parsers import agency
from parsers.render import han_count, words

MAX_CHROME_LEN = 150

# A breadcrumb opens on its label or 首页, or holds two arrows (tried only when it has one).
_BREADCRUMB_HEAD = re.compile(
    r"(?:您?(?:现在|当前|目前)?(?:的|所在的?|所处的?)?位置|当前位置|当前栏目|所在位置|当前页面)"
    r"\s*[:：>»]|(?:网站)?首\s*页\s*(?:>>|>|»|›|＞|→|/|\\|-|·)"
)
_BREADCRUMB_PATH = re.compile(
    r"\S\s*(?:>>|»|›|＞)\s*\S.*(?:>>|»|›|＞)|^[^\s>]{1,12}\s+>\s+[^\s>]{1,16}\s+>\s+\S"
)
# a reporting system's form fields (not 填报单位 and 填报日期: the body of a 报表), keyed
# (填报人：…) or read one cell a line
_FORM_FIELDS = (
    "填报人 审核人 签发人 报送单位 报送日期 报送时间 报送人 报送状态 制表人 制表日期 生成时间"
    " 报告编号 数据来源 统一社会信用代码"
)
_META_KEYS = (
    "发布日期|发布时间|发表时间|信息时间|信息日期|更新时间|生成日期|成文日期|发文日期|印发日期|公开日期|日期|时间"
    "|信息来源|文章来源|稿件来源|来源|作者|撰稿人|撰稿|供稿|点击数|点击量|点击率|点击|浏览次数|浏览量"
    "|浏览|阅读次数|阅读量|阅读数|阅读|访问量|访问次数|发布者|发布人|发布机构|发布单位|责任编辑|编辑"
    "|审核人|审核|初审|复审|终审|责编|校对|标签|是否有效|信息索引号|索引号|索取号|发文字号|文号|发文机关|信息分类|主题分类|组配分类|体裁分类|服务对象|分类"
    "|有效性|关键词|关键字|主题词|时效性|时效|公开方式|公开范围|公开时限|公开形式|信息名称|名称|所属栏目"
    "|文章标题|信息标题|标题"
    "|打印时间|打印日期|栏目|字号|字体|字级|文字大小|【字体|浏览人次|访问人次|点击人次|今日访问量|总访问量|累计访问量"
    "|访问总量|在线人数|政务服务便民热线|政务服务热线|服务热线|便民热线|签发|信息报送|投稿|录入"
    "|人气|热度|话题|主播|TAGS|Tags|页面配色|行距|" + _FORM_FIELDS.replace(" ", "|")
)
# a bilingual label names its key twice
# (发布时间 / Publish time：, 发布时间 / Publish time：, 发布时间 / جاريالانعان ۋاقىتى：)
_META_LINE = re.compile(
    rf"^[\[【〖(（]?\s*(?:{_META_KEYS})\s*[】\]〗)）]?\s*(?:/\s*[^:：/\u4e00-\u9fff]{{1,40}})?[:：]"
)
_META_KEY_CELLS = frozenset(_META_KEYS.split("|")) - {""}
# Metadata keys spaced to a fixed width (索 引 号：, 名　　称：): the spaces go before matching.
_SPACED_KEY = re.compile(r"^([\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,4})\s*(?=[:：])")
_DATE_TEXT = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
# a calendar box: the day in large type beside its year and month (27 / 2022-01)
DAY_BOX = re.compile(r"(\d{1,2})\s*((?:19|20)\d{2})[-/.](\d{1,2})$")
_DATE_FIRST = re.compile(
    rf"^(?:{_DATE_TEXT}|{DAY_BOX.pattern})(?:\s+{_CLOCK})?"
    r"\s*(?:$|(?:来源|作者|发布|浏览|点击|阅读|访问|信息来源)\s*[:：]?)"
)
# A bare 2017年12月30日 (or 二〇一一年三月十五日) is the signature date at the end of a report,
# but page info near the top.
_CN_DATE_ONLY = re.compile(
    r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日$"
)
_TOOL_TOKENS = (
    "打印本页|打印此页|打印此文|打印该页|打印文档|打印全文|打印文章|打印正文|打印|关闭窗口|关闭本页|关闭页面|关闭|收藏本页|加入收藏夹|加入收藏"
    "|收藏|设为首页|分享到|分享|返回顶部|返回列表|返回首页|返回上一页|返回上一级|返回|顶部|我要纠错|纠错"
    "|我要打印|我要收藏|我要分享|发表评论|告诉好友|返回上级|回首页|回到顶部|回到首页|切换到电脑版|电脑版|END"
    "|关闭此页|关闭本文|本页评价|页面评价|我要评价"
    "|左右滑动查看更多|滑动查看更多|左右滑动"
    # reading aids and counters: 阅读模式, 夜间模式, 语音播报 00:00 / 03:12 倍速 1.0X, 点赞 12
    "|推荐给朋友|收藏本文|我要评论|订阅|RSS订阅|邮件订阅本栏目|邮件订阅|进入阅读模式|阅读模式"
    "|切换夜间模式|夜间模式|朗读全文|暂停朗读|语音播报|倍速|\\d(?:\\.\\d+)?[xX×]|听新闻约需\\d+分钟"
    "|点赞|转发|下载本文|Word|在APP内打开|扫码办事|预览|在线预览"
    "|字号|字体|文字"
    "|举报|反馈|评论|赞|打开APP|打开客户端|智能问答|智能客服|在线客服|加载更多|查看更多|更多|展开阅读全文|展开全文|阅读全文|查看全文|收起全文|展开|收起"
    "|放大|缩小|大|中|小|默认|背景颜色|背景色|视力保护色|护眼模式|保存本页|保存|下载|繁體|繁体|简体"
    "|无障碍浏览|无障碍阅读|无障碍|长者模式|关怀版|适老化|朗读|语音播报|听全文|复制链接|微信|微博"
    "|政务微博|政务微信|政务抖音|读屏专用|读屏模式"
    "|QQ空间|QQ|空间|扫一扫|登录|注册|站内搜索|高级搜索|搜索|手机版|网站地图|联系我们|网站声明"
    "|关于我们|免责声明|使用帮助|帮助中心|网站导航|A[-+－＋]"
    # accessibility bars and read-aloud players (辅助浏览：开启 | 声音 | 指读 | 连读 | 大字幕)
    "|辅助浏览|开启|关闭|声音|指读|连读|大字幕|配色|光标|重置|退出|语速|音色|女声|男声|标准|收听本文|收听"
    "|更多服务|复制网址|复制"
    # reading settings and aids (阅读设置：正文 ＋ ｜ 恢复默认 ｜ 底色 白 米黄; 拼音标注)
    "|阅读设置|恢复默认|底色|米黄|护眼绿|白|拼音标注|简繁转换|十字光标|放大镜|高对比度|存入书签|书签"
    "|返回顶端|说两句|立即体验|安卓版|iPhone版"
    "|版权声明|隐私声明|English|首页|本页|窗口|文章|正文|浏览|次"
    # the words of Taiwan/Hong Kong mirrors (列印, 字级, 返回页首) and of shared articles
    "|分享至|列印|字级|返回页首|页首|点赞|在看|赞赏|写留言|留言|阅读原文|知道了|取消|允许"
    "|Share\\s+to|Share|WeChat|Weibo|Facebook|Twitter|LinkedIn|Line|E-?mail|Print|Close|Top"
)
# (and the icons set before tool words: arrows, ▶ ⏸, ✉ ⭐, 🔊 👍 📖 🌙)
_TOOL_MARKS = (
    r"\s\[\]【】〖〗()（）|｜:：/·•>»\-_,，、.。\d∨∧▼▲*←→—"
    "＋－≫\u2190-\u21ff\u2300-\u23ff\u2500-\u257f\u25a0-\u25ff\u2600-\u27bf\u2900-\u297f\u2b00-\u2bff"
    "\ufe0f\U0001f300-\U0001faff"
)
_TOOLBAR = re.compile(rf"^(?:(?:{_TOOL_TOKENS})|[{_TOOL_MARKS}])+$", re.IGNORECASE)
# Only the characters of the tool words and marks make up a toolbar (a few regex operators
# among them do no harm): a scan for any other rejects a body line at once.
_TOOLBAR_CHARS = re.compile(
    rf"[{_TOOL_MARKS}{re.escape(''.join(sorted(set(_TOOL_TOKENS))))}]+", re.IGNORECASE
)
_LETTER = re.compile(r"[^\d\W]")
_QR = re.compile(
    r"扫一扫|扫描二维码|二维码|用手机(?:扫描|扫码|打开|看本页)|手机扫描|在手机(?:上)?打开|^扫码(?:阅读|查看|浏览|分享)$"
    r"|对准镜头"
)
# Visitor counters (您是第 1234 位访问者, 本文已被浏览 123 次, 本文阅读次数：218), a blog's 发布于
# 2021年1月28日, and the furniture of a copied WeChat article.
_COUNTER = re.compile(
    r"^您是(?:本站|本网站|本网)?第\s*[\d,，]+\s*位"
    r"|^(?:(?:本文|本页|本篇|该文|此文|文章|该信息|本信息)(?:已被|共被|被)?)?"
    r"(?:浏览|阅读|访问|点击|播放|观看|收藏)(?:次数|人次|量|数)?\s*[:：]?\s*[\d,，]+\s*次?$"
    # (a count in 万 is a report's figure, 阅读量 10.2万次, unless a video's note follows it)
    r"|^(?:播放|观看)量?\s*[:：]?\s*[\d.]+\s*万?\s*次?\s*[·|｜]\s*\S{1,12}$"
    r"|^已有\s*[\d,，]+\s*(?:位网友|位|人)(?:看过|参与|阅读|浏览|评论)"
    r"|^(?:发布于|发表于|更新于)\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?$"
)
# the address of the original article: its URL may hold ? or ; (no sentence); OneNote's
# "pasted from" (已粘贴自 <http://…>)
_SOURCE_LINK = re.compile(
    r"^(?:原文链接|原文地址|本文链接|本文地址|文章链接|转载地址|本页网址|本页地址|页面地址|网页地址)\s*[:：]"
    r"|^永久链接\b"
    r"|^已粘贴自\s*<?https?://"
)
# every _WECHAT alternative but the one opening on 原创 holds one of these words
_WECHAT_WORD = re.compile(r"预览时|滑动看|轻触|微信扫|发表于|蓝字|已认证")
_WECHAT = re.compile(
    r"预览时标签不可点|[继续向上]{2,4}滑动看下一个|轻触阅读原文|微信扫一扫|\d:\d{2}\s*发表于\S{2,8}$"
    # 原创 · 平昌发布 2021-03-26 10:12, 原创 临泽司法 2022年1月20日 18:00
    r"|^原创\s*[·•]?\s*\S.*(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"|(?:点击|戳)(?:上方|下方)?蓝字|^(?:上方)?蓝字\s*关注"
    r"|官方账号\s*已认证$"  # a news platform's profile card (某某发布 某县委宣传部官方账号 已认证)
)
# A list item of the report (1. / （一） / 一、) is body even when it names 二维码 or ICP备案.
_ENUMERATED = re.compile(
    r"^(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
)
_NAV = re.compile(
    r"^[«‹<←]?\s*[\[【]?(?:上一[条篇页则]|下一[条篇页则]|上篇|下篇|前一篇|后一篇|较早一篇|较新一篇|PREV|NEXT)"
    r"(?:文章|信息|新闻)?[】\]]?\s*(?:[:：]|$)"
)
# an official document's masthead and number (休宁县人民政府办公室文件, 休政办〔2022〕5号)
_MASTHEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,30}(?:人民政府|政府|办公室|委员会|局|办事处)文件$|^[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]"
    r"\s*\d{1,4}\s*号$"
)
# a table row of a label and its numbers, by " | " or tabs (a 服务方式 table's 打印 | 3 | 17)
_ROW_OF_NUMBERS = re.compile(
    r"^(?=[^|\t]*[^\W\d_])[^|\t:：]{1,20}(?:(?:\s\|\s*|\t+)\d+(?:\.\d+)?\s*)+$"
)
# a statistic keyed by a tool word (转发：8600次, a WeChat account's figures in the report)
_KEYED_FIGURE = re.compile(
    r"^[\u4e00-\u9fff]{1,6}\s*[:：]\s*[\d.,]+\s*(?:万|亿)?\s*(?:次|条|篇|人次)$"
)
# the site's greeting bar (欢迎访问某县人民政府网站！, 今天是2024年1月1日 星期一)
_WELCOME = re.compile(
    r"^(?:您好[，,！!]?\s*)?欢迎您?(?:访问|来到|光临|登录)|^今天是\s*(?:19|20)\d{2}\s*年"
    r"|^\S{2,20}\s*欢迎您[！!]?$"
    # and its invitation to follow (欢迎关注“阳城发布”官方微信、官方微博)
    r"|^欢迎(?:您)?关注[^。；]{0,40}(?:微信|微博|公众号|抖音号?|视频号|头条号|客户端)[！!]?$"
)
# a bar of bracketed buttons, whatever their words (【我要纠错】【本页评价】, 〖打印〗〖关闭〗)
_BRACKET_BAR = re.compile(
    r"^(?:\s*[【〖\[](?=[^】〗\]]*[\u4e00-\u9fff])[^【】〖〗\[\]。，；]{1,8}[】〗\]]){2,}\s*$"
)
# lynx's list of link addresses (References / 12. https://…)
_REFERENCE = re.compile(r"^References$|^\d{1,3}\.\s+(?:https?://|javascript:)\S*$")
# what a text extractor leaves of a page's script (var _hmt = _hmt || [];…) or style sheet
# (.TRS_Editor P{margin-top:0;…}), however long
_CODE_START = ("var ", "let ", "const ", "function", "(function", ".", "#")
_CODE = re.compile(
    r"(?:var|let|const)\s+[\w$]+\s*=|\(?function\s*\("
    r"|[.#][A-Za-z][\w-]*(?:\s+[\w.#:-]+)*\s*\{[^{}]*:[^{}]*\}"
)
# a feedback widget (您对本页信息是否满意：非常满意 满意 不满意; 发现页面信息有误？我要纠错),
# and the other widgets of current templates (文章评分：★★★★☆, AI 导读, 犀浦街道切换站点 ▼)
_FEEDBACK = re.compile(
    r"^(?:您对(?:本页|本文|该页|此页|页面|本网站)?(?:的)?(?:信息|内容|服务)?(?:是否)?满意"
    r"|发现(?:页面|本页|网页)?(?:信息|内容)?(?:有误|错误|有错)"
    r"|(?:本页|页面|本文|网站)?满意度(?:评价|调查)\s*(?:[:：]|$)"
    # its buttons (满意 基本满意 不满意)
    r"|(?:非常|比较|基本|很|不|很不)?满意(?:\s+(?:非常|比较|基本|很|不|很不)?满意)+$"
    # an article's rating stars, an AI box's label and disclaimer, a site switcher's label
    r"|(?:文章评分|本文评分|为本文打分)\s*[:：]|AI\s*(?:导读|摘要|总结)$|以上内容由\s*AI\s*生成"
    # a poll's question, a video's caption, a file preview's note, a chat's greeting
    r"|您对[^。]{0,40}是否满意[？?]?$|视频(?:解读)?\s*[:：｜|]"
    r"|文件在线预览由|请问有什么可以帮(?:您|你)"
    # a usefulness poll (这篇文章对您有用吗？ 👍 有用(25)), a synthetic voice's note
    r"|(?:这篇|本篇|此篇|本)?(?:文章|信息|内容|页面)对(?:您|你)有(?:用|帮助)吗|本音频由\s*AI\s*合成"
    r"|^对本页(?:内容)?有(?:疑问|意见|建议)|点此留言$|^视障用户)"
    r"|^[\u4e00-\u9fff]{0,20}切换站点\s*[▼▾∨]?$"
)
# a listed company's announcement header (证券代码：600987 证券简称：… 公告编号：2024-011)
_STOCK_HEADER = re.compile(r"^证券代码\s*[:：]\s*\d{6}")
# the headings of lists beside the article (a sidebar's 最新信息 over its entries, 相关文章 …)
_LIST_HEADINGS = (
    "最新信息|最新文件|最新动态|热点信息|热点新闻|热门信息|相关信息|相关文章|相关新闻|推荐阅读"
    "|看了本文的人还看了"
)
_RELATED = re.compile(
    rf"^(?:📎\s*)?[\[【]?(?:{_LIST_HEADINGS}|相关链接|相关阅读|相关附件|相关稿件|相关文件|附件下载"
    r"|热点推荐|延伸阅读|热门文章|最新文章|往期推荐|往期回顾|相关推荐|精彩推荐"
    r"|类似文章|猜你喜欢|相关文档|关联阅读|相关政策|政策解读|相关服务|热点专题|图片新闻|政策问答"
    r"|互动交流|相关解读|政策解读链接|政务新媒体矩阵|新媒体矩阵|领导之窗"
    r"|区直部门|县直部门|市直部门|部门导航|乡镇导航|镇街导航|信息日历|关注我们|掌上办事|便民服务|热门服务"
    r"|附件清单|附件列表|本文附件)[】\]]?\s*(?:[（(]共?\s*\d+\s*[个条][)）])?\s*(?:[:：]\s*(?:无|暂无)?)?\s*$"
    # the site's download box under the article: 附件下载：某镇2020年…年度报告.pdf
    r"|^附件下载\s*[:：].{1,80}\.(?:pdf|docx?|xlsx?|wps|et|zip|rar)$"
    # an attachment's line with its size or its downloads (….pdf（PDF，356KB）下载次数：27)
    r"|^.{1,80}\.(?:pdf|docx?|xlsx?|wps|et|zip|rar|ofd)\s*[（(〔\[][^（）()〔〕]{0,8}?[\d.]+\s*[KMG]B?\b"
    r"[^（）()〔〕]{0,12}[)）〕\]]"
    r"|^.{1,80}下载次数\s*[:：]\s*\d+$"
    # a table of attachments: its header (序号 | 附件名称 | 文件大小 | 下载次数), its rows
    r"|^(?:序号\s*\|\s*)?(?:附件名称|文件名称)\s*\|.*(?:大小|下载次数)"
    r"|^(?:\d{1,2}\s*\|\s*)?[^|]{1,80}\.(?:pdf|docx?|xlsx?|wps|et|zip|rar|ofd)\s*\|\s*[\d.]+\s*[KMG]B\b"
    r"|^.{1,80}\.(?:pdf|docx?|xlsx?|wps|et|zip|rar|ofd)(?:\s+(?:预览|下载|在线预览))+$"
    # the heading of visitors' comments (网友评论（共11条）)
    r"|^(?:网友评论|全部评论|最新评论|评论)\s*[（(]\s*共?\s*\d+\s*条\s*[)）]$"
)
# The Han alternatives apart from the Latin ones: a plain alternation is searched fast (its
# first characters are scanned for), and each Latin one holds a p, in any case.
_FOOTER = re.compile(
    r"主办单位|承办单位|协办单位|主办\s*[:：]|承办\s*[:：]|技术支持\s*[:：]|网站标识码|公网安备"
    r"|网安备|版权所有|©|分辨率|党政机关网站|网站维护"
)
_FOOTER_LATIN = re.compile(
    r"ICP\s*[备证]\s*\S{0,8}?\d{4}|ICP备案(?:号|编号)|Copyright|网站支持IPv6", re.IGNORECASE
)
# a footer's key as a whole cell of a table row, without a colon: a form's field (政府网站工作
# 年度报表) or a column's header
_FORM_KEYS = words("主办单位 承办单位 网站标识码 政府网站标识码 ICP备案号 公安机关备案号")
# PDF page furniture: "- 3 -", "第 3 页 共 12 页"; a bare number is a table cell, not chrome.
_PAGE_NUMBER = re.compile(
    r"^[-—–]\s*(?:\d{1,3}|PAGE)\s*[-—–]$|^第\s*\d{0,3}\s*页(?:\s*[,，/]?\s*共\s*\d{0,3}\s*页)?$"
)


def is_page_number(line: str) -> bool:
    """A page's number line ("- 3 -", "第 3 页 共 12 页"), never part of a sentence."""
    s = line.strip()
    return s.startswith(("-", "—", "–", "第")) and bool(_PAGE_NUMBER.match(s))


# an article's pager: 第1页 第2页 下一页, 共2页 首页 上一页 1 2 下一页 尾页
# and a list's: 共 126 条记录 当前第 1/21 页, 每页 10 条
_PAGER_LINE = re.compile(
    r"^(?:(?:第|共)\s*\d{1,3}\s*页|[上下]一页|首\s*页|尾\s*页|末\s*页|\d{1,3}"
    r"|共\s*\d{1,6}\s*条(?:记录|信息|数据)?|每页\s*\d{1,3}\s*条|当前|第?\s*\d{1,4}\s*/\s*\d{1,4}\s*页"
    r"|[\s\[\]【】<>«»|/，,.…:：])+$"
)
_PAGER_WORD = re.compile(
    r"第\s*\d{1,3}\s*页|[上下]一页|\d{1,4}\s*/\s*\d{1,4}\s*页|共\s*\d{1,6}\s*条记录"
)
# a search box: its prompt, its hot words (热词：政府工作报告 乡村振兴 …), its 高级检索 link
_SEARCH = re.compile(
    r"请输入(?:关键字|关键词|搜索)|热门搜索|热搜词|全站搜索|^热词\s*[:：]|^(?:高级|全文|站内)检索$"
)

_TITLE_WORDS = re.compile(
    r"报告|年报|报表|通知|指南|目录|办法|制度|函|要点|总结|方案|意见|公告|通报|决算|预算|测评|评估"
)
_SENTENCE_MARKS = "。；;！？!?"
_SENTENCE = re.compile(f"[{re.escape(_SENTENCE_MARKS)}]")
_COMMA = re.compile(r"[，,]")


# a masthead's red rule as OCR reads it: a run of 一 or dashes, maybe with a star in it
_DRAWN_RULE = re.compile(r"^(?:[一—–－\-_=＝═━─]\s*){6,}(?:[★☆※◆*]\s*(?:[一—–－\-_=＝═━─]\s*)*)?$")
# how a site's name ends (宁陵县人民政府, 山西省政务公开平台)
SITE_END = r"(?:人民政府|政府网|网站|门户网|平台)"
# the site's name a converter put after the title (…年度报告_丹江口市人民政府), split from it
# a page's <title> ends on the site's name (…年度报告_某县人民政府); a line may be that end alone
_SITE_SUFFIX = re.compile(rf"\s*(?:_|—{{1,2}}|-{{1,2}}|－)\s*[\u4e00-\u9fff]{{2,20}}{SITE_END}\s*$")
_SITE_TAIL = re.compile(f"^{_SITE_SUFFIX.pattern}")
# a republisher's or a platform's note (（某市政务公开科 转载）, 本文转载自…, 本内容为作者独立观点，
# 不代表今日头条立场…), and a WeChat credit set with a bar, not a colon (编辑 | 吴秀英)
_REPOST = re.compile(
    r"^(?:本内容为作者独立观点|本文(?:系)?转载自|转载自\s*[:：]|版权归原作者所有|[（(]?转载请注明)"
    r"|^[（(][^（()）]{2,40}?转载[)）]$"
    r"|^(?:(?:文字|图片|摄影|排版|美编|编辑|责编|责任编辑|审核|审校|校对|初审|复审|终审|监制|值班主任)"
    r"\s*[|｜丨/]\s*[\u4e00-\u9fff·]{2,20}\s*)+$"
)

# the furniture of document-sharing sites and reposting platforms: 360doc's 来自 line and
# disclaimer, a 文库's uploader line and AI button, 搜狐's back link, a 范文 site's source note,
# a share widget's WeChat instruction, an app's download prompt;
# and a browser's reader view's reading time (8-10 分钟)
_SHARED_COPY = re.compile(
    r"^来自\s*[:：]\s*\S.{0,40}>|^本站是提供个人知识管理的网络存储空间|^AI\s*文档助手"
    r"|^返回搜狐[，,]?\s*查看更多|^本文来源于[^，。,]{2,20}[，,]\s*仅供参考"
    # a share widget's instruction and an app's download prompt
    r"|^打开微信[，,]\s*点击底部的?“?发现”?|^下载“[^”]{1,20}”\s*(?:客户端|APP)"
    r"|^\d{1,3}\s*[-–]\s*\d{1,3}\s*(?:分钟|minutes)$"
    # a column tree's branch (├ 机构职能, └ 依申请公开)
    r"|^[├└┣┗┠┖][─━]*\s*[^\s│┃├└┤┼]{1,16}$"
    # a scanner app's stamp on every page, a browser's print footer (its address, 1/2)
    r"|^(?:Scanned with CamScanner|扫描全能王\s*创建|由\s*扫描全能王\s*扫描创建)$"
    r"|^https?://\S+\s+\d{1,3}\s*/\s*\d{1,3}$"
    # a site's disclaimer (免责声明：本网站所载文章…仅供参考), a tip about the site itself
    # (温馨提示：建议使用IE8以上浏览器…, …请联系网站管理员), not one about the office's hours
    r"|^[【\[]?免责声明[】\]]?|^本网站?所载|不代表本网站?(?:的)?观点"
    r"|^[【\[]?温馨提[示醒][】\]]?\s*[:：].*(?:网站|本站|本页|浏览器|分辨率|附件|下载|栏目|阅读器|Adobe|WPS|平台"
    r"|仅供参考)"
    # a service banner's slogan (12345 一号响应 接诉即办, 一网通办 >>)
    r"|^(?:\S{1,12}\s+){0,3}(?:一号响应|一号通办|接诉即办|一网通办|一次办好|最多跑一次|掌上办|指尖办)"
    r"(?:\s+\S{1,8}){0,4}\s*(?:>>|»|→)?$"
    # an assistant's reading-time tip (🤖 小助手：本文约3200字，预计阅读9分钟; 全文 4,183 字 |
    # 阅读约 11 分钟; 阅读时长 约9分钟) and a reading tip (【本文阅读提示】建议横屏查看表格)
    r"|^.{0,30}?(?:预计|大约|约需|阅读约|阅读时长)\s*(?:阅读)?(?:时间|时长)?\s*[:：]?\s*约?\s*\d{1,3}\s*分钟$"
    r"|^[【\[]?(?:本文)?阅读提示[】\]]"
    # app prompts (打开“江苏政务服务”APP，搜索…; 登录“我的东台”APP 同步收藏本文), a platform's
    # sync note (本文已同步至“浙里办”APP…), a version switch, a citing note, an editor's note
    r"|^(?:打开|下载|登录|已有账号[？?]\s*登录)“[^”]{1,20}”\s*(?:APP|App|app|客户端)"
    r"|^[—-]*\s*来自「[^」]{1,12}」|^本文已同步(?:至|到)|^.{0,16}(?:切换到|切换至)(?:手机版|电脑版|PC版|移动版)$"
    r"|^如需(?:引用|转载)[，,]?\s*请注明出处|^[【\[]?编者按[】\]]?\s*[:：]"
    r"|^“[^”]{1,12}”\s*(?:APP|App|app|小程序)|^微信搜索“[^”]{1,12}”"
    r"|^本站原创|未经(?:书面)?(?:授权|许可)[，,]?\s*不得(?:复制|转载|摘编)|^(?:说明|注)[:：]\s*网页版"
    r"|^[—-]*\s*(?:全文完|本文完|完)\s*[—-]*$|^点击查看\S{0,8}(?:版|全文|原文|图解)\s*[≫>»]*$"
    r"|^[（(]本文由[^（()）]{2,30}(?:推送|提供|发布)[)）]$|^同栏目(?:信息|文章)"
    # a player's clock among marks only (00:00 / 03:12, ▶ 0:00 ━━━━━━ 2:41 🔊 ⛶)
    r"|^(?:[^\w。；，,]|\d)*\d{1,2}:\d{2}(?:[^\w。；，,]|\d)*$"
    # a video's caption with its length (▶ 年报解读｜一分钟看懂… 时长 01:36), a hotline card
    # (太仓市民热线 0512-12345 ｜ 寒山闻钟论坛)
    r"|^.{0,60}时长\s*\d{1,2}:\d{2}(?::\d{2})?$|^\S{0,12}热线\s*[:：]?\s*[\d-]{5,}\s*[|｜]"
    # a copyright note (© 2020 夏邑县教育体育局 保留所有权利。…), whatever follows
    r"|^(?:©|\(c\)|Copyright\b|版权所有)"
    # a follow card's accounts (官方微博 @平舆发布 | 微信公众号 平舆之窗 | 抖音号 平舆融媒)
    r"|^(?:(?:官方微博|微信公众号|公众号|抖音号?|视频号|头条号|快手号)\s*\S{1,20}\s*[|｜]?\s*){2,}$"
    r"|^[\w.-]{1,30}\s+(?:上传于\s*\d{4}-\d{1,2}-\d{1,2}|\d{4}-\d{1,2}-\d{1,2}\s*[|｜]\s*阅\s*\d)"
)

# The line rules anchored at the start, in one pattern (one failing match per body line),
# each group named by what its match tells: chrome, chrome unless the line holds a sentence,
# a list item of the report (body unless a rule before that test says chrome).
_LINE_START = re.compile(
    "(?P<chrome>"
    + "|".join(
        f"(?:{rx.pattern})"
        for rx in (
            _BREADCRUMB_HEAD,
            _NAV,
            _RELATED,
            _PAGE_NUMBER,
            _SOURCE_LINK,
            _DRAWN_RULE,
            _REPOST,
            _SHARED_COPY,
            _SITE_TAIL,
            _STOCK_HEADER,
            _FEEDBACK,
            _WELCOME,
            _BRACKET_BAR,
            _REFERENCE,
        )
    )
    + f")|(?P<dated>(?:{_DATE_FIRST.pattern})|(?:{_COUNTER.pattern}))"
    f"|(?P<enumerated>{_ENUMERATED.pattern})"
)

# The first sentence mark, WeChat word or footer word of a line: one scan instead of three
# for a line holding none. (Each alternative opens on a literal character, so the search
# looks for those first characters only.)
_SCANNED = re.compile(
    "|".join([*map(re.escape, _SENTENCE_MARKS), _WECHAT_WORD.pattern, _FOOTER.pattern])
)


@lru_cache(maxsize=8192)
def is_chrome_line(line: str) -> bool:
    """True when the whole line is site furniture rather than report text.

    Most lines are body text, so a pattern runs only on a line holding a word or character it
    needs (an arrow, 页, a colon, 文件 or 号 at the end …): a literal test costs a fraction of
    a failing search.
    """
    s = _unbulleted(line)
    if ("Normal" in s or "mso-" in s) and _WORD_LEAK.search(s):
        return True
    if s.startswith(_CODE_START) and _CODE.match(s):
        return True
    if not s or len(s) > MAX_CHROME_LEN:
        return False
    if (" | " in s or "\t" in s) and _ROW_OF_NUMBERS.match(s):  # a table's row: 打印 | 3
        return False
    start = _LINE_START.match(s)
    opening = start.lastgroup if start else None  # (the first group that matches)
    if (
        opening == "chrome"
        or ((">" in s or "»" in s or "›" in s or "＞" in s) and _BREADCRUMB_PATH.search(s))
        or (s.endswith(("文件", "号")) and _MASTHEAD.match(s))
        or ("页" in s and _PAGER_WORD.search(s) and _PAGER_LINE.match(s))
        # (次 alone is no counter's end but a unit cell, read one cell a line)
        or (
            s != "次"
            and _TOOLBAR_CHARS.fullmatch(s)
            and _LETTER.search(s)
            and _TOOLBAR.match(s)
            and not _KEYED_FIGURE.match(s)
        )
    ):
        return True
    found = _SCANNED.search(s)
    if found and _SENTENCE.search(s, found.start()):  # (none before the first found)
        return False
    words = found is not None  # the WeChat and footer rules need a word found
    colon = ":" in s or "：" in s
    if (
        opening == "dated"
        or (
            colon
            and _META_LINE.match(s)
            and not ("至" in s and _PERIOD.search(s))
            # (阅读量：10.2万次 among the report's figures: no page counts its readers so)
            and not (("万" in s or "亿" in s) and _KEYED_FIGURE.match(s))
        )
        or ((s.startswith("原创") or (words and _WECHAT_WORD.search(s))) and _WECHAT.search(s))
        or (colon and _SPACED_KEY.match(s) and _META_LINE.match(_SPACED_KEY.sub(_unspaced, s, 1)))
    ):
        return True
    if opening == "enumerated":
        return False
    if len(s) <= 60 and (
        (("扫" in s or "二维码" in s or "手机" in s) and _QR.search(s))
        or (("搜" in s or "请输入" in s or "热词" in s or "检索" in s) and _SEARCH.search(s))
        or (len(s) <= 40 and ":" in s and _info_bar(s))
        or (("·" in s or s[:1].isdigit()) and UNIT_DAY_LINE.match(s))
    ):
        return True
    if (" | " in s or "\t" in s) and any(
        cell.strip() in _FORM_KEYS for cell in s.replace("\t", " | ").split(" | ")
    ):
        return False  # a form's field or a table's header (主办单位 | 某县人民政府), not a footer
    if "\t" in s and s.split("\t", 1)[0].strip() in _META_KEY_CELLS:
        return True  # a metadata grid's row copied with tabs (索引号→0112…→主题分类→综合政务)
    return bool(
        (words and _FOOTER.search(s)) or (("p" in s or "P" in s) and _FOOTER_LATIN.search(s))
    )


# Word's document settings and style sheet, shown as text when an editor stripped the comment
# around them (Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE
# MicrosoftInternetExplorer4 /* Style Definitions */ table.MsoNormalTable {mso-style-name:…})
_WORD_LEAK = re.compile(
    r"^Normal\s+0\s+[\d.]+\s*磅|MicrosoftInternetExplorer4|/\*\s*Style Definitions"
    r"|mso-style-name\s*:"
)
# a period, not a page's date: 日期：2022年1月1日至12月31日 is the report's own line
_PERIOD = re.compile(r"\d{1,2}\s*[日号]\s*起?\s*至\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月")
_UNLABELLED_STAMP = re.compile(
    r"^[^:：]*?(?<![:：\s])\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}"
)
_SPACES = re.compile(r"\s+")


def _info_bar(s: str) -> bool:
    """A stamp without a label (沭阳县医疗保障局 2024-01-23 16:05 阅读 1235), or with labels
    only after it (婺源发布 2020-03-27 16:35 来源：澎湃号). A labelled one (打印时间：…) dates
    no page."""
    stamp = _UNLABELLED_STAMP.search(s)
    return bool(
        stamp
        and not (_SENTENCE.search(s) or _COMMA.search(s))
        and ("：" not in s or _META_LINE.match(s[stamp.end() :].lstrip()))
    )


def _unspaced(m: re.Match[str]) -> str:
    return _SPACES.sub("", m.group(1))


@lru_cache(maxsize=1024)  # the same first lines are read for the title three times a page
def looks_like_title(line: str) -> bool:
    """A short line naming a document (报告, 通知, 指南 ...) without sentence punctuation."""
    s = line.strip()
    if not 5 <= len(s) <= 80 or _SENTENCE.search(s) or _COMMA.search(s):
        return False
    if s.endswith((":", "：")) or "|" in s or _ENUMERATED.match(s):
        return False  # a label, a table row, a numbered section heading (六、其他需要报告的事项)
    if s.count("《") != s.count("》") or s.count("（") != s.count("）"):
        return False  # a wrapped line of a sentence, not a title
    if _ATTACHMENT_NAME.search(s):
        return False  # 附件：某镇2022年度报告.pdf names a file, not this document
    if s.startswith(("本报告", "点击", "详见")):
        return False  # a wrapped line of the opening sentence (本报告所列数据的统计期限…), a
        # pointer (点击文末“阅读原文”查看报告全文)
    return bool(_TITLE_WORDS.search(s))


_CLAUSE_OR_END = re.compile(r"[。；，,：:]|(?:报告|年报)$")
_YEAR_OR_SUBJECT = re.compile(r"(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}|信息公开|政务公开")
YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")  # a four-digit year (meta and classify read it too)
# a report's English version (2022 Annual Report on Government Information Disclosure of …)
ENGLISH_TITLE = re.compile(
    r"[Aa]nnual [Rr]eport on (?:the )?(?:[Ww]ork of )?[Gg]overnment [Ii]nformation"
    r" (?:[Dd]isclosure|[Oo]penness|[Pp]ublicity)"
)


def title_head(lines: list[str], i: int) -> int | None:
    """The line above the title line when it is the title's first half: short, no sentence,
    and naming the year or the report's subject, or holding the first digits of a year the
    line break cut (某局2 / 024年…; a portal's name above a title is none of these)."""
    head = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
    if head is None:
        return None
    s = lines[head].strip()
    joined = s + lines[i].strip()
    cut_year = s[-1:].isdigit() and lines[i].strip()[:1].isdigit()
    if (
        len(s) > 40
        or _CLAUSE_OR_END.search(s)
        or is_chrome_line(s)
        or "\t" in s  # (cells copied with tabs: a menu)
        or _after_separator(lines, head)  # a breadcrumb's last crumb (… > / 街道信息公开)
        or not (cut_year or _YEAR_OR_SUBJECT.search(s))
        or len(YEAR_DIGITS.findall(joined)) > 1  # a row of year tabs over a list
        # a title stating its year under a line naming only the subject (a DOCX header's
        # 某街道办事处（政务公开）) is whole
        or (not cut_year and YEAR_DIGITS.search(lines[i]) and not YEAR_DIGITS.search(s))
        or not looks_like_title(joined)
    ):
        return None
    return head


def find_title_line(lines: list[str], limit: int = 12) -> int | None:
    """Index of the title line among the first `limit` non-empty, non-chrome lines; the items
    of a site menu copied with the page (runs of short lines: 政府信息公开指南, 领导信箱 …)
    neither count nor serve."""
    seen = 0
    for i, line in enumerate(lines):
        if (
            not line.strip()
            or (_is_menu_item(line) and (_in_menu(lines, i) or _heads_menu(lines, i)))
            or is_chrome_line(line)
        ):
            continue
        seen += 1
        if seen > limit:
            return None
        if (
            "\t" not in line.strip()  # (cells copied with tabs: a menu, a column's entry)
            and not _BULLETED.match(line)
            and not _after_separator(lines, i)
            and looks_like_title(line)
        ):
            found = _dated_below(lines, _over_info_bar(lines, i))
            if found == i and not YEAR_DIGITS.search(line):
                found = _below_crumb(lines, i)
            return _repeated_below(lines, found)
    return None


def _below_crumb(lines: list[str], i: int) -> int:
    """An undated column name (政府信息公开年报) over a column's entries and the breadcrumb:
    the title is the line under the breadcrumb (赵桥乡政府信息公开指南)."""
    following = [j for j in range(i + 1, min(len(lines), i + 10)) if lines[j].strip()]
    for k, j in enumerate(following[:-1]):
        s = lines[j].strip()
        if _BREADCRUMB_HEAD.match(s) or (">" in s and _BREADCRUMB_PATH.search(s)):
            below = following[k + 1]
            if not is_chrome_line(lines[below]) and looks_like_title(lines[below]):
                return below
            break
    return i


def _over_info_bar(lines: list[str], i: int) -> int:
    """The last of a run of title-like lines right above the page's dated info bar (发布时间：
    2020-01-20 来源：…): a sidebar's entries (最新文件) copied over the page's title."""
    run = i
    following = [j for j in range(i + 1, min(len(lines), i + 9)) if lines[j].strip()]
    for k, j in enumerate(following[:4]):
        if is_chrome_line(lines[j]):
            after = following[k + 1] if k + 1 < len(following) else None
            if after is not None and looks_like_title(lines[after]):
                return i  # (the bar above the title: 某局 2024-01-23 阅读 1235 / the title)
            return run if _BAR_DATE.search(lines[j]) else i
        if lines[j].strip() == lines[i].strip():
            continue  # the title twice (an h1 and an og:title extracted)
        if not looks_like_title(lines[j]) or _SENTENCE.search(lines[j]):
            return i
        run = j
    return i


_BAR_DATE = re.compile(_DATE_TEXT)


def _dated_below(lines: list[str], i: int) -> int:
    """The title line, or a title stating its year within the next lines when it states none:
    a column's name (政府信息公开年报, a sidebar's last item) over the page's own title."""
    above = next((x for x in reversed(lines[max(0, i - 3) : i]) if x.strip()), "")
    if YEAR_DIGITS.search(lines[i]) or YEAR_DIGITS.search(above.strip() + lines[i].strip()):
        return i  # (a title broken over lines: 2022年政府信息公开 / 工作年度报告)
    below = [  # (chrome between them skipped: a column tree under a column's name)
        j
        for j in range(i + 1, min(len(lines), i + 16))
        if lines[j].strip() and not is_chrome_line(lines[j])
    ][:3]
    dated = next(
        (j for j in below if YEAR_DIGITS.search(lines[j]) and looks_like_title(lines[j])),
        None,
    )
    return i if dated is None or _in_column(lines, dated) else dated


_ENTRY = re.compile(r"(?:19|20)\d{2}\s*年(?:[^。，]{0,40}(?:年度报告|年报)|度报告)")


def heads_column(lines: list[str], i: int, n: int = 5) -> bool:
    """The line and the `n` - 1 lines after it name reports (屯城镇2023年…年度报告2024-01-22,
    新兴镇2023年…), their dates maybe on lines of their own: a list page's text, whose
    links are gone."""
    entries = [x for x in lines[i : i + 24] if x.strip() and not _ENTRY_DATE.match(x)][:n]
    return len(entries) == n and all(_ENTRY.search(x) for x in entries)


def _in_column(lines: list[str], i: int) -> bool:
    """The line names a report and so does the next: an entry of a column, not a title."""
    return heads_column(lines, i, 2)


_ENTRY_DATE = re.compile(r"\s*[\[(（]?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\])）]?\s*$")


def _after_separator(lines: list[str], i: int) -> bool:
    """The last crumb of a breadcrumb an extractor broke into lines (当前位置： / 首页 / > /
    政府信息公开年报): it follows a separator on a line of its own."""
    above = (x.strip() for x in reversed(lines[max(0, i - 3) : i]))
    return next((x for x in above if x), "") in _CRUMB_SEPARATORS


_CRUMB_SEPARATORS = frozenset((">", ">>", "»", "›", "＞", "→", "/"))
_REPEAT_WITHIN = 40  # lines


def _repeated_below(lines: list[str], i: int) -> int:
    """The title's line, or its repetition below site chrome: a page's <title> that an
    extractor put first (Tika) is followed by the menu and the breadcrumb, then by the page's
    own heading, and what lies above that is the page's head."""
    title = _SITE_SUFFIX.sub("", lines[i].strip())  # (…年度报告_某县人民政府)
    below = [x.strip() for x in lines[i + 1 : i + _REPEAT_WITHIN]]
    if title not in below:
        return i
    repeated = below.index(title)
    site_chrome = (
        s and is_chrome_line(s) and not (_CN_DATE_ONLY.match(s) or is_page_number(s))
        for s in below[:repeated]
    )
    return i + 1 + repeated if any(site_chrome) else i


_MENU_ITEM = 10  # characters of a menu item at most
_BULLETED = re.compile(r"\s*[*•▪►]\s")  # an item of a list (a menu an extractor kept), no title


def _unbulleted(line: str) -> str:
    """The line stripped, without the bullet an extractor set before a list item (• 相关链接)."""
    m = _BULLETED.match(line)
    return line[m.end() :].strip() if m else line.strip()


def _is_menu_item(line: str) -> bool:
    return 0 < len(line.strip()) <= _MENU_ITEM


def _in_menu(lines: list[str], i: int) -> bool:
    """Among five or more short lines of the seven around it."""
    return sum(map(_is_menu_item, lines[max(0, i - 3) : i + 4])) >= 5


def _heads_menu(lines: list[str], i: int) -> bool:
    """A column navigation's heading: the next four lines are short items, none chrome
    (信息公开目录 / 机构职能 / 领导信息 / …)."""
    items = [x for x in lines[i + 1 : i + 9] if x.strip()][:4]
    return len(items) == 4 and all(_is_menu_item(x) and not is_chrome_line(x) for x in items)


_GLUED = 300  # a line this long with several sentences is paragraphs that lost their breaks
_SENTENCE_END = re.compile(r"(?<=[。！？])(?=\S)")
_LEADING_TITLE = re.compile(r"^(\S{4,60}?(?:年度报告|年报(?!告)|工作报告|报告))(?=\S)")


_ATTACHMENT_NAME = re.compile(r"^附件\s*\d*\s*[:：]|\.(?:pdf|docx?|wps|xlsx?|ofd)$", re.IGNORECASE)
# a font toolbar glued before the first sentence (【字体：大 中 小】2021年，我局…) and an info
# line glued after the title (…年度报告发布时间：2022-01-20 来源：某镇)
_TOOLBAR_LEAD = re.compile(r"^\s*[【\[]\s*字[体體号號]\s*[:：]?[\s大中小]*[】\]]\s*")
# the site's name with its breadcrumb glued on (汉阴县人民政府您当前所在位置：首页>…)
_BREADCRUMB_AFTER_NAME = re.compile(
    r"[^\s:：，,。；;]{2,30}?(?=(?:您?(?:现在|当前)(?:的|所在的?)?位置|当前位置|所在位置)\s*[:：])"
)
# an info line's fields: a date, a counter's number, or a name up to the next field's label
_INFO_DATE = rf"{_DATE_TEXT}(?:\s*{_CLOCK})?"
_INFO_NAMED = (
    r"发布时间|發布時間|發佈時間|发布日期|發布日期|日期|时间|時間"
    r"|信息来源|来源|來源|作者|发布者|编辑"
)
_INFO_COUNTED = (
    r"浏览次数|瀏覽次數|浏览量|浏览|点击数|点击量|点击|點擊|阅读次数|阅读量|阅读|访问量|访问次数"
)
_INFO_RUN = re.compile(
    rf"(?:\s*(?:(?:{_INFO_NAMED})\s*[:：]\s*(?:{_INFO_DATE}"
    rf"|[^\s:：，,。；;]{{1,20}}?(?=\s*(?:{_INFO_NAMED}|{_INFO_COUNTED})\s*[:：]))"
    rf"|(?:{_INFO_COUNTED})\s*[:：]\s*\d{{0,9}}(?![\d年月日.、]))\s*)+"
)
_INFO_AFTER_TITLE = re.compile(  # (opening on the words, a search looks for 报/報/年 only)
    rf"(?:报告|報告|年报|年報)(?=\s*(?:{_INFO_NAMED}|{_INFO_COUNTED})\s*[:：])"
)


# the page's date or the site's name glued after a title (…年度报告2022-01-18, …年度报告_丹江口市
# 人民政府, as a converter writes the page's <title>)
_TAIL_ENDS = tuple("0123456789日府网站")
_TAIL_AFTER_TITLE = re.compile(
    r"(?:报告|報告|年报|年報)(?=\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*$"
    rf"|(?:{_SITE_SUFFIX.pattern}))"
)


def _title_tail(line: str) -> re.Match[str] | None:
    """Where a title ends that a date or the site's name is glued after."""
    if len(line) > 100:
        return None
    m = _TAIL_AFTER_TITLE.search(line)
    return m if m and looks_like_title(line[: m.end()]) else None


def _names_title(name: str, title: str) -> bool:
    return (
        looks_like_title(title)
        and agency.from_title(title) is None
        and bool(agency.parse_name(name))
    )


# what spaces a title out: plain, no-break, full-width and zero-width spaces
_SPACING = re.compile("[ \u00a0\u3000\u200b]")
_HAN_OR_MARK = "\u4e00-\u9fff\u3000-\u303f\uff00-\uffef"
_GAP_BESIDE_HAN = re.compile(
    f"(?<=[{_HAN_OR_MARK}])[ \u00a0\u3000\u200b]+|[ \u00a0\u3000\u200b]+(?=[{_HAN_OR_MARK}])"
)


# Characters a browser draws as nothing: zero-width space, word joiner, soft hyphen, a BOM in the
# middle of a page (files joined by a template), and beside Han the zero-width (non-)joiner
# (Arabic-script text shapes its letters with those, so they stay there).
_INVISIBLE = ("\u200b", "\u2060", "\u00ad", "\ufeff")
_JOINER_BESIDE_HAN = re.compile(
    "(?<=[\u4e00-\u9fff])[\u200c\u200d]+|[\u200c\u200d]+(?=[\u4e00-\u9fff])"
)


def drop_invisible(text: str) -> str:
    """The text as a reader sees it: `《中\u200b华》` reads 《中华》. (A test per character finds
    none in most pages at memory speed, where a pattern would scan the page char by char.)"""
    for char in _INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    if "\u200c" in text or "\u200d" in text:
        text = _JOINER_BESIDE_HAN.sub("", text)
    return text


def unspaced(line: str) -> str:
    """A line as printed when extraction spaced it out (OCR: 石 桥 镇 2 0 1 7 年, or a title
    set with no-break or zero-width spaces) or doubled each character of a bold title
    (桐桐庐庐县县), else the line. OCR also spaces a line unevenly (湘 乡市2011 年 政 府 信 息):
    when most of its Han words are one or two characters, the spaces beside Han go (a table
    row's spaces between numbers stay)."""
    s = line.strip()
    tokens = _SPACING.split(s)
    if len(tokens) >= 6 and all(len(t) == 1 for t in tokens) and han_count(s) >= 4:
        return "".join(tokens)
    if len(tokens) >= 6 and "  " not in s and "|" not in s:  # (columns keep their gaps)
        words = [n for t in tokens if (n := han_count(t))]
        if len(words) >= 6 and sum(n <= 2 for n in words) >= 0.7 * len(words):
            return _GAP_BESIDE_HAN.sub("", s)
    if len(s) >= 8 and len(s) % 2 == 0 and s[0::2] == s[1::2] and han_count(s) >= 4:
        return s[0::2]
    return line


def split_glued_chrome(lines: list[str]) -> list[str]:
    """Lines with chrome glued to report text, split so the chrome can go as a whole line.

    An info line glued after a title, or a breadcrumb after the site's name, is looked for only
    in a line whose head holds a colon; a date or a site's name after a title only in the one
    short line ending on one.
    """
    out: list[str] = []
    # (the ending tested inline: most lines end on 。 and need no call)
    tails = [i for i, line in enumerate(lines) if line.endswith(_TAIL_ENDS) and _title_tail(line)]
    tail_at = tails[0] if len(tails) == 1 else -1  # (a list's entries are dated alike)
    for i, line in enumerate(lines):
        head = line[:120]
        colon = ":" in head or "：" in head
        if (m := _TOOLBAR_LEAD.match(line)) and line[m.end() :].strip():
            out.extend([m.group().strip(), line[m.end() :]])
        elif colon and (m := _glued_info(line)):
            out.extend([line[: m.end()], *_info_and_body(line[m.end() :])])
        elif line.endswith(("】", "]")) and (m := _TOOLBAR_TAIL.search(line)) and m.start():
            out.extend([line[: m.start()], m.group().strip()])
        elif line.endswith(("展开", "收起")) and (m := _TOGGLED_HEADING.match(line)):
            out.extend(m.groups())
        elif i == tail_at and (m := _title_tail(line)):
            out.extend([line[: m.end()], line[m.end() :].strip()])
        elif (
            colon
            and (m := _BREADCRUMB_AFTER_NAME.match(line))
            and not _SENTENCE.search(line, m.end())
            and is_chrome_line(line[m.end() :])
            and not is_chrome_line(line)
        ):
            out.extend([m.group(), line[m.end() :]])
        else:
            out.append(line)
    return out


def _glued_info(line: str) -> re.Match[str] | None:
    """Where a title ends that the page's info line is glued after (…年度报告发布时间：…)."""
    m = _INFO_AFTER_TITLE.search(line, 0, 120)
    return m if m and looks_like_title(line[: m.end()]) else None


def title_without_info(title: str) -> str:
    """A title read from a heading the info line is glued into (an inline <span>), cut."""
    m = ("：" in title or ":" in title) and _glued_info(title)
    return title[: m.end()] if m else title


# an info bar without labels above the article, the unit and the day (湄潭县财政局 2017-02-20,
# 2018-02-26 泼陂河镇, 威县医疗保障局2023-01-16 09:12:45来源：人民号): page chrome that dates it;
# with a dot between them (铅山县人民政府 · 2026-01-26, a reader app's byline) or the day
# first (2023-01-13 蒙自市文澜街道办事处 阅读 865) a text's too
_UNIT = (
    r"[\u4e00-\u9fff]{1,20}(?:局|镇|乡|街道|办事处|县|区|市|政府|办公室|委员会|委|办"
    r"|中心|厅|院|所|站)"
)
_DAY = r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
UNIT_DAY_LINE = re.compile(
    rf"^(?:{_UNIT}\s*[·•]?\s*({_DAY})(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:\s*来源\s*[:：]\s*\S{{1,12}})?"
    rf"|({_DAY})\s+{_UNIT}(?:\s+阅读\s*\d+)?)$"
)
# an accordion's toggle glued after a section's heading (一、总体情况展开)
_TOGGLED_HEADING = re.compile(
    r"^([一二三四五六七八九十]{1,3}\s*[、.．].{2,30}?(?:情况|事项|概述|说明|问题))\s*(展开|收起)$"
)
# a toolbar glued after the last line (2026年1月19日【打印本页】【关闭窗口】)
_TOOLBAR_TAIL = re.compile(rf"(?:\s*[【\[]\s*(?:{_TOOL_TOKENS})\s*[】\]])+$", re.IGNORECASE)


def _info_and_body(rest: str) -> list[str]:
    """The info line after a title, apart from the report's first sentence when that is glued
    on too (发布时间：2022-01-20来源：涧池镇访问量：本报告根据…)."""
    if is_chrome_line(rest):
        return [rest]
    run = _INFO_RUN.match(rest)
    if run and rest[run.end() :].strip() and is_chrome_line(run.group()):
        return [run.group(), rest[run.end() :]]
    return [rest]


# the wide characters of East Asian scripts (wcwidth's ranges): two columns each
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def _columns(line: str) -> int:
    """Display width: a full-width character takes two columns, as in a fixed-width dump."""
    return len(line) + len(_WIDE.findall(line))


def rewrapped(lines: list[str]) -> list[str]:
    """Text dumped at a fixed width (every line cut at 76 columns, mid-word): most lines are
    exactly as wide as the dump (or a column short, where a full-width character did not fit);
    those run on into the next line, and a narrower line ends its paragraph. Other texts are
    returned as they are."""
    # (a layout dump's lines are padded to one width too: their columns of spaces tell them)
    widths = [_columns(x.rstrip()) for x in lines if x.strip() and "  " not in x.strip()]
    if len(widths) < 5:
        return lines
    width = Counter(widths).most_common(1)[0][0]
    full = sum(1 for w in widths if width - 1 <= w <= width)
    if width < _DUMP_WIDTH or full < 5 or full < 0.6 * len(widths):
        return lines
    out: list[str] = []
    going_on = False
    for line in lines:
        text = line.rstrip()
        if going_on and text:
            out[-1] += text
        else:
            out.append(text)
        going_on = width - 1 <= _columns(text) <= width and "  " not in text.strip()
    return out


_DUMP_WIDTH = 60  # columns of the narrowest fixed-width dump rejoined


# where a page's lines were joined by spaces: a run of them, or one between two Han characters
_GAP = re.compile(r"\s{2,}|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_WIDE_GAP = re.compile(r"\s{2,}")


def unglue(lines: list[str]) -> list[str]:
    """Plain text whose paragraphs were glued together (a page's text without line breaks):
    a long line is broken where spaces joined its lines and after each sentence, and a title
    leading the first line is split off.
    """
    out: list[str] = []
    for line in lines:
        if len(line) < _GLUED or line.count("。") < 3:
            # a page's header lines joined by wide gaps (site name, breadcrumb, title)
            pieces = _WIDE_GAP.split(line.strip()) if "  " in line else []
            if (
                len(pieces) > 1
                and any(len(p) >= 4 and is_chrome_line(p) for p in pieces)  # not a unit 次
                and not is_chrome_line(line)
            ):
                out.extend(pieces)
            else:
                out.append(line)
            continue
        pieces = [p for p in _GAP.split(line.strip()) if p]
        m = _LEADING_TITLE.match(pieces[0])
        if m and looks_like_title(m.group(1)) and not any(x.strip() for x in out):
            out.append(m.group(1))
            pieces[0] = pieces[0][m.end() :]
        for piece in pieces:
            out.extend(_SENTENCE_END.split(piece))
    return out


def joined_fields(lines: list[str]) -> list[str]:
    """A metadata grid copied one cell a line (索引号： / 007210345/2020-00012): each key
    joined to the value on the next line, as the grid showed them."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        s = lines[k].strip()
        if (
            s.endswith((":", "："))
            and (key := s[:-1].strip()) in _META_KEY_CELLS
            and k + 1 < len(lines)
            and 0 < len(value := lines[k + 1].strip()) <= 80
            and not value.endswith((":", "："))
            # (an empty key over the page's title: 主题词： / …年度报告 / 本报告…)
            and (
                key in TITLE_FIELDS
                or not looks_like_title(value)
                or (k + 2 < len(lines) and bool(_META_LINE.match(lines[k + 2].strip())))
            )
        ):
            out.append(s + value)
            k += 2
        else:
            out.append(lines[k])
            k += 1
    return out


# a metadata block's keys naming the document, the most specific first
TITLE_FIELDS = ("标题", "文章标题", "信息标题", "信息名称", "名称")


def _is_menu_row(line: str) -> bool:
    """A menu copied as one row (首页 | 信息公开指南 | … | 监督保障, with ｜, tabs or runs of
    spaces, or single spaces between four items or more): three items or more, each a menu
    item's length, none a sentence."""
    s = line.strip()
    items = _MENU_SEPARATOR.split(s)
    if len(items) < 3 and " " in s:
        items = [x for x in s.split(" ") if x]
        if len(items) < 4 or any(len(x) < 2 for x in items):
            return False
    return len(items) >= 3 and all(
        0 < len(x.strip()) <= _MENU_ITEM and not _SENTENCE.search(x) for x in items
    )


_MENU_SEPARATOR = re.compile(r"\s*[|｜▏┆∣◆▪·\t]\s*|\s{2,}")


def _is_short_label(line: str, limit: int) -> bool:
    s = line.strip()
    return _width(s) <= limit and not _SENTENCE.search(s) and not _COMMA.search(s)


# letters of the scripts China's autonomous areas print beside Han: Arabic (Uyghur, Kazakh),
# Tibetan, Mongolian, Hangul, Yi
_ALPHABETS = re.compile(
    "[\u0600-\u06ff\u0f00-\u0fff\u1800-\u18af\u1100-\u11ff\uac00-\ud7a3\ua000-\ua4cf]"
)
_WORD = re.compile(r"[^\s\u4e00-\u9fff]+")


def _width(line: str) -> int:
    """How long a line reads: its length, but a word of an alphabet counts as a Han character
    does (a Mongolian site name runs to 60 letters)."""
    if not _ALPHABETS.search(line):
        return len(line)
    return han_count(line) + len(_WORD.findall(line))


def chrome_indices(lines: list[str]) -> set[int]:
    """Indices of the chrome lines; the rest is body, kept as given, blank lines too (read on
    Simplified lines: the rules are written in it).

    Besides line rules, six zones: short label lines above the title (site name, column
    name), everything short after a 上一条/相关链接 block near the end, a sidebar's list under
    its heading higher up (最新信息 and its entries), short lines right after the signature's
    date up to an appendix or a contact block, short lines
    sandwiched between chrome lines near the end (a footer's address or hotline between its
    主办单位 and ICP lines), and visitors' comments after the report.
    """
    title = find_title_line(lines)
    head_end = (title if title is not None else -1) + 3
    # Lines are tested in map() and compress() rather than a loop: most lines pass nothing.
    by_rule = list(compress(count(), map(is_chrome_line, lines)))
    chrome_idx: set[int] = {
        i for i in by_rule if i <= head_end or not _CN_DATE_ONLY.match(lines[i].strip())
    }
    if title is not None:
        above = [i for i in range(title) if lines[i].strip()]
        # the title's first half stays (…2024年政府信息公开 / 工作年度报告)
        head = title_head(lines, title)
        for i in above:
            if (
                i != head
                and (_is_short_label(lines[i], 40) or _is_menu_row(lines[i]))
                and not _translated_title(lines, i, above[-1])
            ):
                chrome_idx.add(i)
    nonblank = list(compress(count(), map(str.strip, lines)))
    tail = nonblank[int(len(nonblank) * 0.6) :]
    for k, i in enumerate(tail):
        s = _unbulleted(lines[i])
        if _NAV.match(s) or _RELATED.match(s):
            chrome_idx.update(j for j in tail[k + 1 :] if _is_short_label(lines[j], 80))
            break
    chrome_idx.update(_side_list(lines, nonblank[: len(nonblank) - len(tail)], chrome_idx))
    chrome_idx.update(_footer_sandwich(lines, tail, chrome_idx))
    chrome_idx.update(_after_footer(lines, tail, chrome_idx))
    chrome_idx.update(_after_signature(lines, tail, chrome_idx))
    chrome_idx.update(_form_fields(lines, nonblank))
    chrome_idx.update(_comments(lines, tail, chrome_idx))
    chrome_idx.update(_page_headers(lines, nonblank, by_rule))
    chrome_idx.difference_update(_quoted_fields(lines, nonblank, head_end, chrome_idx))
    chrome_idx.difference_update(_table_heads(lines, nonblank, chrome_idx))
    return chrome_idx


def _side_list(lines: list[str], head: list[int], chrome_idx: set[int]) -> list[int]:
    """A sidebar's list copied between the info bar and the report (最新信息 / 珞南街道开展…
    01-19 / …): the short entries under its heading, up to a chrome line, a sentence, a
    section heading, a numbered item or the report's title (at most twelve)."""
    out: list[int] = []
    for k, i in enumerate(head):
        if i not in chrome_idx or not _SIDE_HEADING.match(lines[i].strip()):
            continue
        entries = head[k + 1 : k + 13]
        for n, j in enumerate(entries):
            line = lines[j].strip()
            after = lines[entries[n + 1]] if n + 1 < len(entries) else ""
            if (
                j in chrome_idx
                or not _is_short_label(line, 60)
                or SECTION_HEADING.match(line)
                or _ENUMERATED.match(line)
                # the report's own title, over its opening sentence
                or (line.endswith(("报告", "年报")) and _SENTENCE.search(after))
            ):
                break
            out.append(j)
    return out


_SIDE_HEADING = re.compile(rf"^[\[【]?(?:{_LIST_HEADINGS})[】\]]?$")


_LEAD_IN = re.compile(r"(?:如下|以下)\s*[:：]$")


def _quoted_fields(
    lines: list[str], nonblank: list[int], head_end: int, chrome_idx: set[int]
) -> list[int]:
    """Metadata lines the report quotes after a lead-in in its body (…发布信息如下： / 作者：…
    / 发布时间：… / 来源：…, or a notice quoted in full with its 发布单位 and 发布时间): the
    report's text, not the page's info bar. The quote ends at the first other chrome line."""
    keep: list[int] = []
    for k, i in enumerate(nonblank):
        if i <= head_end or not _LEAD_IN.search(lines[i]):
            continue
        for j in nonblank[k + 1 : k + 13]:
            if j in chrome_idx:
                if not _META_LINE.match(lines[j].strip()):
                    break
                keep.append(j)
    return keep


def _table_heads(lines: list[str], nonblank: list[int], chrome_idx: set[int]) -> list[int]:
    """A table's header row of tool words (点赞 | 转发 | 评论) over a row of as many numbers:
    the report's statistics, not an interaction bar."""
    keep: list[int] = []
    for k, i in enumerate(nonblank[:-1]):
        if i not in chrome_idx or " | " not in lines[i]:
            continue
        head = [c.strip() for c in lines[i].split(" | ")]
        below = [c.strip() for c in lines[nonblank[k + 1]].split(" | ")]
        words = all(c and not _NUMBER.match(c) for c in head)
        if words and len(below) == len(head) and all(_NUMBER.match(c) for c in below):
            keep.append(i)
    return keep


_NUMBER = re.compile(r"[\d.,%]+$")


def _form_fields(lines: list[str], nonblank: list[int]) -> list[int]:
    """A reporting system's form fields read one cell a line: the key (填报人) and the short
    value after it (何明霞)."""
    out: list[int] = []
    for k, i in enumerate(nonblank):
        if lines[i].strip().rstrip(":：") in _FORM_FIELD_NAMES:
            out.append(i)
            if k + 1 < len(nonblank) and _is_short_label(lines[j := nonblank[k + 1]], 30):
                out.append(j)
    return out


_FORM_FIELD_NAMES = words(_FORM_FIELDS)


def _comments(lines: list[str], tail: list[int], chrome_idx: set[int]) -> list[int]:
    """Visitors' comments an extractor appended after the report (trafilatura keeps them):
    everything after the first byline with its time (游客 2018-03-30 16:42) in the tail, when
    only a few short lines follow it."""
    start = next(
        (k for k, i in enumerate(tail) if i in chrome_idx and _UNLABELLED_STAMP.search(lines[i])),
        None,
    )
    if start is None:
        return []
    rest = tail[start + 1 :]
    return rest if len(rest) <= 16 and all(len(lines[i]) <= 120 for i in rest) else []


_DIGIT = re.compile(r"\d")  # (any script's digits: ༢༠༢༢ is a year)


def _translated_title(lines: list[str], i: int, last: int) -> bool:
    """The title in Tibetan, Uyghur, Mongolian … just above the Chinese one: an alphabet's
    line holding its year (a unit's name in that script above the title is the site's)."""
    return i == last and bool(_ALPHABETS.search(lines[i]) and _DIGIT.search(lines[i]))


def _page_headers(lines: list[str], nonblank: list[int], by_rule: list[int]) -> list[int]:
    """A short line that follows a page number more than once: the running header of text
    whose pages were joined without form feeds (— 1 — / 宁陵县市场监管政务公开). Page numbers
    are chrome lines: only those found by the line rules (`by_rule`) are tested."""
    numbered = [i for i in by_rule if is_page_number(lines[i])]
    if len(numbered) < 2:
        return []  # as most texts: no line follows two page numbers
    following = dict(pairwise(nonblank))
    after = [following[i] for i in numbered if i in following]  # the line after each
    counts = Counter(lines[i].strip() for i in after if _is_short_label(lines[i], 40))
    repeated = {s for s, n in counts.items() if n >= 2 and not _CN_DATE_ONLY.match(s)}
    if not repeated:
        return []
    return [i for i in nonblank if lines[i].strip() in repeated]


def _footer_sandwich(lines: list[str], tail: list[int], chrome_idx: set[int]) -> list[int]:
    """Runs of short lines in the tail with chrome just above and just below them; not a run
    holding a bare date: that is a signature on a page of its own (第1页 / name, date / 第2页),
    nor a run between two page numbers: that is a page (a table read one cell a line), nor one
    holding a numbered heading or a table row of numbers (a section below a 展开 toggle)."""
    out: list[int] = []
    run: list[int] = []
    above = False
    page_above = False
    for i in tail:
        if i in chrome_idx:
            page = is_page_number(lines[i])
            if (
                above
                and run
                and not (page and page_above)
                and not any(_report_part(lines[j].strip()) for j in run)
            ):
                out.extend(run)
            above, run, page_above = True, [], page
        elif above and _is_short_label(lines[i], 80):
            run.append(i)
        else:
            above, run = False, []
    return out


def _after_footer(lines: list[str], tail: list[int], chrome_idx: set[int]) -> list[int]:
    """The few short lines after the page's last footer line (ICP备, 网站标识码 …): the footer's
    地址/电话 line and floating widgets (12345热线, 在线咨询), which no chrome line closes."""
    last = next(
        (
            k
            for k in range(len(tail) - 1, -1, -1)
            if tail[k] in chrome_idx and _is_footer(lines[tail[k]])
        ),
        None,
    )
    if last is None:
        return []
    rest = tail[last + 1 :]
    short = all(len(lines[i].strip()) <= 60 and "。" not in lines[i] for i in rest)
    if len(rest) > _FOOTER_REST or not short or any(_report_part(lines[i].strip()) for i in rest):
        return []
    return rest


_FOOTER_REST = 6  # lines at most after the last footer line


def _after_signature(lines: list[str], tail: list[int], chrome_idx: set[int]) -> list[int]:
    """Short lines right after the signature's date, whatever their words: a box's furniture
    (阅读设置…, 主播：AI 小青, 存入书签), up to anything the report may still hold there — an
    appendix (附件, 附表, a 统计表 and its cells), a bracketed note, a sentence, a number."""
    dates = [k for k, i in enumerate(tail) if _CN_DATE_ONLY.match(lines[i].strip())]
    if not dates:
        return []
    out: list[int] = []
    for i in tail[dates[-1] + 1 : dates[-1] + 1 + _SIGNED_REST]:
        s = lines[i].strip()
        if i in chrome_idx:
            continue
        if (
            len(s) > 40
            or s.startswith(("附", "注", "（", "(", "表"))
            or "统计表" in s
            or " | " in s
            or "\t" in s
            or _SENTENCE.search(s)
            or _report_part(s)
            or not _LETTER.search(s)  # a number, a cell of the appendix's table
            or _CONTACT.search(s)  # the report's contact block (联系人：…, 联系电话：…)
        ):
            break
        out.append(i)
    return out


_SIGNED_REST = 8  # lines looked at after the signature's date
_CONTACT = re.compile(r"联系|电话|地址|邮箱|邮编|传真|\d{5}")


def _is_footer(line: str) -> bool:
    return bool(_FOOTER.search(line) or _FOOTER_LATIN.search(line))


def _report_part(line: str) -> bool:
    """A line no footer holds: a signature date, a numbered heading, a table row of numbers."""
    return bool(
        _CN_DATE_ONLY.match(line)
        or (_ENUMERATED.match(line) and _SECTION_WORDS.search(line))
        or (" | " in line and _NUMBER_CELL.search(line))
        or _ALIGNED_NUMBER.search(line) is not None
    )


_SECTION_WORDS = re.compile(r"[\u4e00-\u9fff]{4}")
_NUMBER_CELL = re.compile(r"(?:^| \| )[\d.,%-]+(?: \| |$)")
# a row of a table laid out in columns of spaces (pandoc's plain text: 不同意公开   件   0)
_ALIGNED_NUMBER = re.compile(r"\S {2,}[\d.,%-]+$")


# Running headers and footers of paged text: the same short line at the top or bottom of
# several pages (digits aside, so 第 1 页 / 第 2 页 match), never a table row or a date.
_RUNNING_MAX = 40
_DATE_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$")
_DIGITS = re.compile(r"\d+")


def running_text(line: str) -> str:
    """A line as running headers and footers repeat it: page numbers and spacing aside."""
    return _DIGITS.sub("#", _SPACES.sub("", line))


def drop_running_lines(pages: list[list[str]]) -> list[str]:
    """The lines of all pages without their running headers and footers (a PDF's or a
    pdftotext page's: the 公报 name, 第 N 页 共 M 页, a bare page number)."""

    def key(line: str) -> str | None:
        s = line.strip()
        if not s or len(s) > _RUNNING_MAX or "|" in s or _SENTENCE.search(s) or _DATE_LINE.match(s):
            return None
        return running_text(s)

    def edges(k: int, page: list[str]) -> tuple[list[int], list[int]]:
        nonblank = [i for i, x in enumerate(page) if x.strip()]
        if not nonblank:
            return [], []
        top = nonblank[:2]
        if k == 0 and top and looks_like_title(page[top[0]]):
            top = top[1:]  # the first page may open on the title itself
        elif k == 0 and len(top) == 2 and _names_title(page[top[0]], page[top[1]]):
            top = []  # or on the unit's name over a title without it (临泽县教育局 / 2022年…)
        # a name over a date is a signature (carried to the next page, or closing the report
        # as a cover's name and date close the cover), not a running header or footer
        after = dict(zip(nonblank, [*nonblank[1:], None], strict=True))

        def unsigned(lines: list[int]) -> list[int]:
            return [
                i
                for i in lines
                if not (
                    (j := after[i]) is not None
                    and _DATE_LINE.match(page[j])
                    and agency.parse_name(page[i].strip())
                )
            ]

        return unsigned(top), unsigned(nonblank[-2:])

    found = [edges(k, page) for k, page in enumerate(pages)]
    filled = [page for page in pages if any(x.strip() for x in page)]  # not a last empty page
    running: list[set[str]] = []
    for end in (0, 1):  # headers and footers apart: a signature is no running header
        counts: dict[str, int] = {}
        for page, both in zip(pages, found, strict=True):
            for kk in {k for i in both[end] if (k := key(page[i])) is not None}:
                counts[kk] = counts.get(kk, 0) + 1
        running.append({kk for kk, n in counts.items() if n >= 2 and n * 2 >= len(filled)})
    out: list[str] = []
    for page, both in zip(pages, found, strict=True):
        drop = {i for end in (0, 1) for i in both[end] if key(page[i]) in running[end]}
        out.extend(x for i, x in enumerate(page) if i not in drop)
    return out


def trim_blank(lines: list[str]) -> list[str]:
    """Without leading and trailing blank lines."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SECTION_HEADING = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(\S.*)$")
_SECTION_START = re.compile(r"\s*[一二三四五六七八九十]")  # tested first: most lines are none
_HEADING_END = re.compile(r"[。：:；;]")


def cn_number(s: str) -> int | None:
    """一..九十九 as an int (section numbers)."""
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0))
    return _CN_DIGITS.get(s) if len(s) == 1 else None


def sections(lines: list[str]) -> list[dict[str, object]]:
    """Top-level numbered sections 一、二、… in order; table rows and sentences are not headings.

    Numbers must rise (one may be skipped, as reports do) so table 三's 一、/二、 row labels
    are not taken.
    """
    found: list[tuple[int, str, str, int]] = []
    last = 0
    for i in compress(count(), map(_SECTION_START.match, lines)):
        line = lines[i]
        if line[:1] == "\t" or "|" in line:
            continue
        m = SECTION_HEADING.match(line.strip())
        if not m:
            continue
        title = _HEADING_END.split(m.group(2), maxsplit=1)[0]
        rest = m.group(2)[len(title) + 1 :].strip()
        number = cn_number(m.group(1)) or 0
        if len(title) > 40 or _COMMA.search(title) or not last < number <= last + 2:
            continue
        found.append((number, title.strip(), rest, i))
        last = number
    out: list[dict[str, object]] = []
    for k, (number, title, first, i) in enumerate(found):
        end = found[k + 1][3] if k + 1 < len(found) else len(lines)
        body = "\n".join(filter(None, map(str.strip, [first, *lines[i + 1 : end]])))
        out.append({"number": number, "title": title, "text": body})
    return out
