#include "SyntheticProse.h"

#include <QStringList>

#include <cmath>

namespace ichq::test {

namespace {

// Function words first: the skewed draw below picks the first entries most often.
const QStringList kEnglishWords =
    QStringLiteral(
        "the of and to in a for on that is with said was by as at from it its has were be "
        "are have an which this will more than new city not also their but been year after had "
        "who two first people one over about into they would up local district government "
        "Chongqing officials project million percent residents company Yangtze river last market "
        "economic development service industry visitors international public area plan time "
        "three years data growth work since during while urban centre rail line station bridge "
        "tourism culture traditional festival hotpot mountain tunnel cableway monorail airport "
        "investment trade export manufacturing vehicle electric battery factory workers jobs "
        "technology digital platform park university students school hospital health medical "
        "research science innovation enterprises private small business loans bank finance "
        "policy reform pilot zone free trade corridor logistics port freight train Europe "
        "Southeast Asia partners cooperation agreement signed forum summit delegation visit "
        "mayor committee municipal provincial national state council ministry bureau office "
        "report figures showed rose fell increased reached total average annual quarter month "
        "week Monday Tuesday Wednesday Thursday Friday weekend morning evening night season "
        "summer winter spring autumn rain fog heat weather temperature flood water supply "
        "energy power grid solar wind green carbon emissions environment forest protection "
        "ecological restoration villages rural farmers agriculture tea citrus harvest food "
        "restaurant chef dish spicy pepper noodles street market shop mall consumers spending "
        "prices housing apartments construction road highway expressway traffic passengers "
        "commuters ride tickets bus metro lines network capacity opening ceremony launched "
        "completed expected begin continue support promote improve build expand attract "
        "according including however meanwhile furthermore nearly about around least almost "
        "Liangjiang Yuzhong Jiangbei Nan'an Shapingba Jiulongpo Wanzhou Fuling Dazu Wulong "
        "Jialing Chaotianmen Hongyadong Jiefangbei Ciqikou Raffles Chengdu Sichuan Shanghai "
        "Beijing Guangzhou Shenzhen Xi'an Wuhan Kunming Laos Vietnam Singapore Germany Duisburg")
        .split(QLatin1Char(' '));

const QStringList kChineseWords =
    QStringLiteral(
        "的 在 和 了 是 将 对 为 与 等 也 已 从 中 上 年 月 日 "
        "重庆 市民 项目 发展 建设 城市 经济 企业 政府 部门 工作 服务 推进 实施 加快 提升 "
        "两江新区 渝中区 江北区 南岸区 沙坪坝 九龙坡 万州 涪陵 大足 武隆 嘉陵江 长江 "
        "朝天门 洪崖洞 解放碑 磁器口 来福士 成都 四川 上海 北京 广州 深圳 西安 武汉 "
        "火锅 小面 美食 文化 旅游 游客 景区 节日 灯光 夜景 索道 轻轨 地铁 机场 高铁 "
        "大桥 隧道 公路 交通 乘客 线路 站点 开通 运营 投资 贸易 出口 制造 汽车 电池 "
        "工厂 工人 岗位 科技 数字 平台 园区 大学 学生 学校 医院 健康 医疗 研究 创新 "
        "中小企业 贷款 银行 金融 政策 改革 试点 自贸区 通道 物流 港口 班列 欧洲 东盟 "
        "合作 协议 签约 论坛 峰会 代表团 访问 会议 委员会 国务院 报告 数据 显示 增长 "
        "下降 达到 总量 平均 同比 季度 本周 周末 上午 晚上 季节 夏季 冬季 春天 秋天 "
        "降雨 大雾 高温 天气 气温 防汛 供水 能源 电网 光伏 风电 绿色 低碳 排放 环境 "
        "森林 保护 生态 修复 乡村 农民 农业 茶叶 柑橘 丰收 餐厅 厨师 麻辣 街道 商场 "
        "消费 价格 住房 施工 高速 客流 车票 公交 网络 能力 仪式 启动 完成 预计 开始 "
        "继续 支持 促进 改善 扩大 吸引 据悉 同时 此外 近日 目前 今年 去年 全市 全国 "
        "国际 一带一路 陆海新通道 产业链 高质量 新能源 智能 网联 人工智能 大数据")
        .split(QLatin1Char(' '));

// xorshift32: the same seed gives the same paragraph on every machine and every run.
class Draw
{
public:
    explicit Draw(quint32 seed) : m_state(seed * 2654435761u + 0x9e3779b9u)
    {
        if (m_state == 0)
            m_state = 1;
    }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int n) { return int(next() % quint32(n)); }
    // Skewed towards 0 like word frequencies in real text (roughly Zipf).
    int skewedBelow(int n)
    {
        const double u = double(next()) / 4294967296.0;
        return std::min(n - 1, int(double(n) * u * u * u));
    }

private:
    quint32 m_state;
};

QString englishSentence(Draw &draw)
{
    const int words = 9 + draw.below(16);
    QString sentence;
    for (int i = 0; i < words; ++i) {
        QString word;
        if (draw.below(25) == 0)
            word = QString::number(draw.below(draw.below(2) ? 100 : 100000));
        else
            word = kEnglishWords.at(draw.skewedBelow(int(kEnglishWords.size())));
        if (i == 0)
            word[0] = word.at(0).toUpper();
        sentence += word;
        sentence += i + 1 == words       ? QStringLiteral(". ")
                    : draw.below(9) == 0 ? QStringLiteral(", ")
                                         : QStringLiteral(" ");
    }
    return sentence;
}

QString chineseSentence(Draw &draw)
{
    const int words = 7 + draw.below(14);
    QString sentence;
    for (int i = 0; i < words; ++i) {
        if (draw.below(30) == 0)
            sentence += QString::number(draw.below(10000));
        else
            sentence += kChineseWords.at(draw.skewedBelow(int(kChineseWords.size())));
        if (i + 1 < words && draw.below(8) == 0)
            sentence += QStringLiteral("，");
    }
    return sentence + QStringLiteral("。");
}

} // namespace

QString syntheticParagraph(quint32 seed, bool chinese, int approximateBytes)
{
    Draw draw(seed);
    QString paragraph;
    while (paragraph.toUtf8().size() < approximateBytes)
        paragraph += chinese ? chineseSentence(draw) : englishSentence(draw);
    return paragraph.trimmed();
}

} // namespace ichq::test
