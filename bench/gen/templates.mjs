/**
 * The Chinese e-commerce vocabulary the generated orgs are made of, taken from
 * the seeds (shared/seeds): department types with their positions, duties,
 * KPIs and one business process each. Pure data.
 *
 * A leaf department is one `DEPARTMENT_TYPES` entry; `slug` makes ASCII ids,
 * `staff` are the positions under the team leads, `kpis` are measured by the
 * department, `workflow` is a process it owns.
 */

export const DEPARTMENT_TYPES = [
  {
    slug: 'ops',
    name: '网络运营部',
    head: { title: '运营经理', duties: ['负责店铺整体运营规划与目标分解', '负责运营团队建设及绩效考核'] },
    lead: { title: '运营主管', duties: ['负责本组店铺的日常运营管理', '监控店铺数据并提出优化方案'] },
    staff: [
      { slug: 'store', title: '店铺运营专员', duties: ['负责店铺商品上下架与页面维护', '跟踪店铺流量与转化数据'] },
      { slug: 'campaign', title: '活动策划', duties: ['负责策划店铺内、店铺间、店铺外的促销活动', '负责官方活动的报名、组织策划'] },
      { slug: 'copy', title: '文案策划', duties: ['编写产品描述', '依据活动策划方案,编写文案、广告语'] },
      { slug: 'analyst', title: '运营数据专员', duties: ['整理每日运营报表', '分析竞品店铺的销售数据'] },
    ],
    duties: ['负责重点运营天猫、京东、拼多多及抖音店铺', '负责店铺日常运营与促销活动落地'],
    kpis: [
      { name: '店铺转化率', unit: 'percent', direction: 'higher_is_better', target: 3.5, formula: '成交用户数 / 访客数' },
      { name: '动销率', unit: 'ratio', direction: 'higher_is_better', target: 0.8, formula: '有销量的SKU数 / 在售SKU总数' },
      { name: '客单价', unit: 'currency', direction: 'higher_is_better', target: 168, formula: '成交金额 / 成交用户数' },
    ],
    workflow: {
      name: '大促活动执行流程',
      trigger: '平台大促活动报名开启',
      steps: [
        ['活动报名', '报名确认单'],
        ['选品定价', '活动商品清单'],
        ['页面设计', '活动页面'],
        ['文案撰写', '活动文案'],
        ['预热推广', '预热计划'],
        ['活动上线', '上线检查表'],
        ['实时监控', '实时战报'],
        ['活动复盘', '复盘报告'],
      ],
    },
  },
  {
    slug: 'cs',
    name: '网络客服部',
    head: { title: '客服经理', duties: ['负责制定客服管理制度和工作规划', '负责培训和指导部门员工客服工作'] },
    lead: { title: '客服组长', duties: ['负责本组排班与服务质量', '负责商品纠纷、退换货的处理'] },
    staff: [
      { slug: 'presales', title: '网络售前客服', duties: ['通过旺旺、QQ等进行在线销售', '解答买家关于商品、物流的咨询'] },
      { slug: 'aftersales', title: '网络售后客服', duties: ['负责售后服务', '处理退换货与投诉'] },
      { slug: 'crm', title: 'CRM会员专员', duties: ['负责建立会员数据库,并开展会员营销'] },
      { slug: 'qa', title: '客服质检专员', duties: ['抽检客服聊天记录并评分', '整理常见问题知识库'] },
    ],
    duties: ['负责通过阿里旺旺进行在线销售', '负责产品的售后服务', '负责建立会员数据库,并开展会员营销'],
    kpis: [
      { name: '平均响应时间', unit: 'duration', direction: 'lower_is_better', target: 30, formula: '客服首次回复买家咨询的平均秒数' },
      { name: '客户满意度', unit: 'score', direction: 'higher_is_better', target: 4.8, range: [0, 5], formula: '买家评价分的平均值' },
      { name: '退换货率', unit: 'percent', direction: 'lower_is_better', target: 3, formula: '退换货订单数 / 总订单数' },
    ],
    workflow: {
      name: '售后退换货流程',
      trigger: '买家提交退换货申请',
      steps: [
        ['受理申请', '售后工单'],
        ['审核凭证', '审核结果'],
        ['通知退货', '退货地址'],
        ['退货签收', '签收记录'],
        ['质量检验', '质检结果'],
        ['退款处理', '退款记录'],
        ['客户回访', '回访记录'],
        ['工单归档', '归档工单'],
      ],
    },
  },
  {
    slug: 'design',
    name: '视觉设计部',
    head: { title: '视觉设计经理', duties: ['负责分配美工资源,协调各部门的设计需求', '指导下属工作,提升下属设计技能'] },
    lead: { title: '美工组长', duties: ['负责本组设计任务排期', '审核设计稿质量'] },
    staff: [
      { slug: 'artist', title: '美工', duties: ['依据视觉设计主管的分配,做出不同的设计方案'] },
      { slug: 'web', title: '网页设计师', duties: ['负责店铺首页与详情页设计'] },
      { slug: 'video', title: '视频剪辑师', duties: ['负责主图视频与短视频的拍摄剪辑'] },
      { slug: 'photo', title: '摄影师', duties: ['负责商品拍摄与后期修图'] },
    ],
    duties: ['负责店铺的美工设计、网页设计、动画与视频设计'],
    kpis: [
      { name: '主图点击率', unit: 'percent', direction: 'higher_is_better', target: 5, formula: '主图点击次数 / 主图曝光次数' },
      {
        name: '设计需求准时交付率',
        unit: 'percent',
        direction: 'higher_is_better',
        target: 95,
        formula: '按时交付的设计需求数 / 设计需求总数',
      },
    ],
    workflow: {
      name: '详情页设计流程',
      trigger: '新品上架需求提交',
      steps: [
        ['需求评审', '设计需求单'],
        ['商品拍摄', '商品图片'],
        ['排版设计', '设计初稿'],
        ['文案配合', '页面文案'],
        ['设计评审', '评审意见'],
        ['修改定稿', '定稿文件'],
        ['切图上传', '线上页面'],
        ['效果跟踪', '点击率报告'],
      ],
    },
  },
  {
    slug: 'promo',
    name: '网络推广部',
    head: { title: '推广经理', duties: ['负责品牌知名度的提升', '制定推广预算与投放策略'] },
    lead: { title: '推广主管', duties: ['负责本组推广计划的执行', '控制推广费用,提高投入产出比'] },
    staff: [
      { slug: 'ztc', title: '直通车推广专员', duties: ['负责直通车关键词投放与优化'] },
      { slug: 'zz', title: '钻展推广专员', duties: ['负责钻展与超级推荐的投放'] },
      { slug: 'content', title: '内容营销专员', duties: ['负责种草内容与达人合作'] },
      { slug: 'social', title: '新媒体运营', duties: ['负责微博、小红书、抖音账号运营'] },
    ],
    duties: ['负责站内外推广', '提高店铺流量,同时降低推广费用'],
    kpis: [
      { name: '推广费用占比', unit: 'percent', direction: 'lower_is_better', target: 8, formula: '付费推广费用 / 店铺成交金额' },
      { name: '店铺访客数', unit: 'count', direction: 'higher_is_better', target: 200000, formula: '统计期内店铺独立访客数(UV)' },
      {
        name: '推广投入产出比',
        unit: 'ratio',
        direction: 'higher_is_better',
        target: 4,
        range: [0, 20],
        formula: '推广带来的成交金额 / 推广费用',
      },
    ],
    workflow: {
      name: '推广投放流程',
      trigger: '月度推广预算下达',
      steps: [
        ['预算分配', '投放预算表'],
        ['人群圈选', '目标人群包'],
        ['素材制作', '投放素材'],
        ['计划搭建', '投放计划'],
        ['投放上线', '上线记录'],
        ['数据监控', '投放日报'],
        ['出价优化', '优化记录'],
        ['效果复盘', '复盘报告'],
      ],
    },
  },
  {
    slug: 'dist',
    name: '网络分销部',
    head: { title: '分销经理', duties: ['负责淘宝客的发展', '负责分销商的拓展和管理'] },
    lead: { title: '分销主管', duties: ['负责本区域分销商的维护', '制定分销价格体系'] },
    staff: [
      { slug: 'agent', title: '分销专员', duties: ['负责代销、分销商的日常对接'] },
      { slug: 'tbk', title: '淘宝客专员', duties: ['负责淘宝客招募与佣金设置'] },
      { slug: 'channel', title: '渠道拓展专员', duties: ['开发新的分销渠道'] },
    ],
    duties: ['负责代销、分销商的拓展和管理'],
    kpis: [
      { name: '活跃分销商数', unit: 'count', direction: 'higher_is_better', target: 500, formula: '统计期内有成交的分销商数' },
      { name: '分销销售额', unit: 'currency', direction: 'higher_is_better', target: 1200000, formula: '分销渠道成交金额' },
    ],
    workflow: {
      name: '分销商准入流程',
      trigger: '分销商提交合作申请',
      steps: [
        ['资质收集', '资质材料'],
        ['资质审核', '审核结论'],
        ['合同签订', '分销合同'],
        ['系统开户', '分销账号'],
        ['培训上架', '培训记录'],
        ['首单跟进', '首单记录'],
        ['季度评估', '评估报告'],
        ['分级调整', '分级结果'],
      ],
    },
  },
  {
    slug: 'bd',
    name: '商务拓展部',
    head: { title: '商务拓展经理', duties: ['负责进驻大型B2C平台,并组织销售', '负责团购业务的联系和开发'] },
    lead: { title: 'BD主管', duties: ['负责重点平台关系维护'] },
    staff: [
      { slug: 'bd', title: '商务拓展专员', duties: ['负责新平台的招商对接'] },
      { slug: 'groupbuy', title: '团购专员', duties: ['负责团购业务的联系和开发'] },
      { slug: 'kam', title: '大客户经理', duties: ['负责企业采购客户的开发与维护'] },
    ],
    duties: ['团购业务的联系和开发', '负责进驻大型B2C平台,并组织销售'],
    kpis: [
      { name: '新签约平台数', unit: 'count', direction: 'higher_is_better', target: 3, formula: '统计期内新签约的销售平台数' },
      { name: '团购销售额', unit: 'currency', direction: 'higher_is_better', target: 500000, formula: '团购渠道成交金额' },
    ],
    workflow: {
      name: '平台入驻流程',
      trigger: '确定拟入驻的新平台',
      steps: [
        ['平台调研', '调研报告'],
        ['商务洽谈', '合作意向'],
        ['资料准备', '入驻资料'],
        ['提交审核', '审核回执'],
        ['店铺开通', '店铺账号'],
        ['商品铺货', '铺货清单'],
        ['首月运营', '运营月报'],
        ['合作评估', '评估结论'],
      ],
    },
  },
  {
    slug: 'wms',
    name: '电商物流部',
    head: { title: '物流经理', duties: ['负责电子商务部的物流发货管理', '负责与快递公司的合作谈判'] },
    lead: { title: '仓储主管', duties: ['负责本仓区的收发存管理', '组织月度库存盘点'] },
    staff: [
      { slug: 'keeper', title: '仓库管理员', duties: ['负责入库验收与库位管理'] },
      { slug: 'picker', title: '拣货员', duties: ['按拣货单准确拣货'] },
      { slug: 'packer', title: '打包员', duties: ['负责订单打包与面单粘贴'] },
      { slug: 'shipper', title: '发货专员', duties: ['负责快递交接与物流跟踪'] },
      { slug: 'returns', title: '退货处理专员', duties: ['负责退货签收、质检与入库'] },
    ],
    duties: ['负责订单发货、仓储与退货管理'],
    kpis: [
      { name: '发货及时率', unit: 'percent', direction: 'higher_is_better', target: 99, formula: '48小时内发货订单数 / 应发货订单数' },
      { name: '错发漏发率', unit: 'percent', direction: 'lower_is_better', target: 0.1, formula: '错发漏发订单数 / 发货订单数' },
      { name: '平均发货时长', unit: 'duration', direction: 'lower_is_better', target: 24, formula: '付款到发货的平均小时数' },
    ],
    workflow: {
      name: '订单发货流程',
      trigger: '买家付款成功',
      steps: [
        ['订单审核', '已审核订单'],
        ['打印拣货单', '拣货单'],
        ['拣货', '待包装商品'],
        ['复核', '复核记录'],
        ['打包', '包裹'],
        ['称重', '称重记录'],
        ['快递交接', '交接单'],
        ['物流跟踪', '物流状态'],
      ],
    },
  },
  {
    slug: 'merch',
    name: '商品部',
    head: { title: '商品经理', duties: ['负责商品规划与选品策略', '注意商品的动销率'] },
    lead: { title: '商品主管', duties: ['负责品类的订货与补货', '跟踪库存周转'] },
    staff: [
      { slug: 'buyer', title: '采购专员', duties: ['负责供应商询价与下单'] },
      { slug: 'planner', title: '商品专员', duties: ['根据市场销售趋势确定销售货品'] },
      { slug: 'editor', title: '商品信息编辑', duties: ['负责商品标题、属性与详情信息编辑'] },
      { slug: 'qc', title: '质检专员', duties: ['负责到货质检'] },
    ],
    duties: ['负责选品、采购、上架与库存管理'],
    kpis: [
      { name: '库存周转天数', unit: 'duration', direction: 'lower_is_better', target: 30, formula: '平均库存 / 日均销售成本' },
      { name: '售罄率', unit: 'percent', direction: 'higher_is_better', target: 85, formula: '已售数量 / 进货数量' },
      { name: '月度上新数', unit: 'count', direction: 'higher_is_better', target: 50, formula: '当月上架新品SKU数' },
    ],
    workflow: {
      name: '商品管理流程',
      trigger: '新一季选品启动',
      steps: [
        ['选品', '选品清单'],
        ['下单订货', '采购订单'],
        ['到货质检', '质检结果'],
        ['信息编辑', '商品资料'],
        ['上架', '在售商品'],
        ['库存管理', '库存报表'],
        ['补货', '补货单'],
        ['下架清仓', '清仓方案'],
      ],
    },
  },
  {
    slug: 'fin',
    name: '财务部',
    head: { title: '财务经理', duties: ['负责财务规划与预算管理', '负责电子商务部的财务管理'] },
    lead: { title: '会计主管', duties: ['负责账务审核与月度结账'] },
    staff: [
      { slug: 'accountant', title: '会计', duties: ['负责记账与平台对账'] },
      { slug: 'cashier', title: '出纳', duties: ['负责资金收付与银行对账'] },
      { slug: 'cost', title: '成本核算专员', duties: ['负责商品成本与推广费用核算'] },
    ],
    duties: ['财务规划、会计、出纳工作', '负责预算编制与执行跟踪'],
    kpis: [
      { name: '对账差错率', unit: 'percent', direction: 'lower_is_better', target: 0.05, formula: '差错笔数 / 对账总笔数' },
      { name: '报表按时提交率', unit: 'percent', direction: 'higher_is_better', target: 100, formula: '按时提交的报表数 / 应提交报表数' },
    ],
    workflow: {
      name: '月度结账流程',
      trigger: '每月最后一个工作日',
      steps: [
        ['平台对账', '对账单'],
        ['费用归集', '费用明细'],
        ['成本核算', '成本报表'],
        ['凭证审核', '审核凭证'],
        ['结账', '总账'],
        ['报表编制', '财务报表'],
        ['经营分析', '分析报告'],
        ['归档', '会计档案'],
      ],
    },
  },
  {
    slug: 'hr',
    name: '人力行政部',
    head: { title: '人力行政经理', duties: ['完善公司的人事制度,招募人力资源', '制定薪酬标准及绩效的考核'] },
    lead: { title: '人事主管', duties: ['负责招聘与入离职管理'] },
    staff: [
      { slug: 'recruiter', title: '招聘专员', duties: ['负责招聘渠道维护与面试安排'] },
      { slug: 'trainer', title: '培训专员', duties: ['负责新员工培训与岗位技能培训'] },
      { slug: 'comp', title: '薪酬绩效专员', duties: ['负责薪资核算与绩效数据汇总'] },
      { slug: 'admin', title: '行政专员', duties: ['负责办公用品采购与后勤保障'] },
    ],
    duties: ['人力规划、招聘、薪资、培训、绩效等各方面的工作'],
    kpis: [
      { name: '招聘完成率', unit: 'percent', direction: 'higher_is_better', target: 90, formula: '到岗人数 / 计划招聘人数' },
      { name: '员工流失率', unit: 'percent', direction: 'lower_is_better', target: 5, formula: '离职人数 / 平均在职人数' },
      { name: '培训覆盖率', unit: 'percent', direction: 'higher_is_better', target: 95, formula: '参训人数 / 应参训人数' },
    ],
    workflow: {
      name: '招聘入职流程',
      trigger: '部门提交用人申请',
      steps: [
        ['需求审批', '用人申请单'],
        ['发布职位', '招聘启事'],
        ['简历筛选', '候选人名单'],
        ['面试', '面试评价'],
        ['录用审批', '录用通知'],
        ['入职办理', '入职档案'],
        ['岗前培训', '培训记录'],
        ['转正评估', '转正结论'],
      ],
    },
  },
  {
    slug: 'data',
    name: '数据分析部',
    head: { title: '数据经理', duties: ['负责数据体系建设与经营分析', '为各部门提供数据支持'] },
    lead: { title: '数据主管', duties: ['负责报表体系的维护'] },
    staff: [
      { slug: 'analyst', title: '数据分析师', duties: ['负责专题分析与经营诊断'] },
      { slug: 'report', title: '报表专员', duties: ['负责日报、周报、月报的制作'] },
      { slug: 'bi', title: 'BI工程师', duties: ['负责数据看板的开发与维护'] },
    ],
    duties: ['负责销售数据的收集、整理与分析', '负责经营报表与数据看板'],
    kpis: [
      { name: '报表准时率', unit: 'percent', direction: 'higher_is_better', target: 98, formula: '准时发布的报表数 / 应发布报表数' },
      { name: '数据准确率', unit: 'percent', direction: 'higher_is_better', target: 99.5, formula: '无差错报表数 / 报表总数' },
    ],
    workflow: {
      name: '经营分析流程',
      trigger: '每周一上午',
      steps: [
        ['数据采集', '原始数据'],
        ['数据清洗', '清洗后数据'],
        ['指标计算', '指标结果'],
        ['异常排查', '异常说明'],
        ['报告撰写', '分析报告'],
        ['报告评审', '评审意见'],
        ['结论发布', '周报'],
        ['行动跟踪', '跟踪表'],
      ],
    },
  },
  {
    slug: 'tech',
    name: '技术部',
    head: { title: '技术经理', duties: ['负责电商系统搭建与维护', '负责技术团队管理'] },
    lead: { title: '开发组长', duties: ['负责本组需求排期与代码评审'] },
    staff: [
      { slug: 'fe', title: '前端工程师', duties: ['负责店铺装修组件与H5页面开发'] },
      { slug: 'be', title: '后端工程师', duties: ['负责订单、库存接口开发'] },
      { slug: 'qa', title: '测试工程师', duties: ['负责功能测试与回归测试'] },
      { slug: 'ops', title: '运维工程师', duties: ['负责服务器与大促保障'] },
    ],
    duties: ['负责电商平台功能规划与系统开发', '负责大促期间的系统稳定性'],
    kpis: [
      { name: '系统可用率', unit: 'percent', direction: 'higher_is_better', target: 99.9, formula: '可用时长 / 总时长' },
      { name: '线上故障数', unit: 'count', direction: 'lower_is_better', target: 2, formula: '统计期内P1及以上故障数' },
      { name: '需求交付周期', unit: 'duration', direction: 'lower_is_better', target: 14, formula: '需求提出到上线的平均天数' },
    ],
    workflow: {
      name: '需求开发上线流程',
      trigger: '业务部门提交系统需求',
      steps: [
        ['需求评审', '需求文档'],
        ['技术方案', '设计文档'],
        ['开发', '代码'],
        ['代码评审', '评审记录'],
        ['测试', '测试报告'],
        ['预发验证', '验证结论'],
        ['上线发布', '发布记录'],
        ['线上观察', '监控报告'],
      ],
    },
  },
];

/** Names of departments that only group others, by level below the root. */
export const GROUP_NAMES = [
  ['天猫事业部', '京东事业部', '抖音事业部', '拼多多事业部', '跨境电商事业部', '供应链中心', '品牌营销中心', '职能中心'],
  ['华东大区', '华南大区', '华北大区', '西南大区', '华中大区', '西北大区', '东北大区', '海外大区'],
  ['运营中心', '营销中心', '服务中心', '履约中心', '商品中心', '数据中心', '支持中心', '创新中心'],
];

/** Head titles of grouping departments by level below the root. */
export const GROUP_HEAD_TITLES = ['事业部总经理', '大区总监', '中心总监', '部门总监'];

export const GROUP_DUTIES = ['负责本单元经营目标的制定与达成', '统筹下属部门的资源配置与协作', '负责团队建设及KPI考核'];

export const ASSISTANT_TITLES = [
  { slug: 'assistant', title: '总经理助理', duties: ['协助负责人处理日常事务', '跟进会议决议的落实'] },
  { slug: 'hrbp', title: 'HRBP', duties: ['负责本单元的人员规划与绩效管理'] },
];

export const ROOT = {
  id: 'hq',
  name: '总经办',
  top: {
    slug: 'ceo',
    title: '总经理',
    duties: [
      '根据集团发展战略,制定电子商务业务发展规划',
      '全面负责电子商务公司运营管理,并承担绩效指标',
      '保证组织架构的运营效率和降低运营成本',
    ],
  },
  duties: ['负责公司战略规划与重大决策', '负责公司各部门的协调与监督'],
};

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );

export const GIVEN_CHARS =
  '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红鹏辉建国志宇浩然晨曦雨欣怡子轩梓涵思远嘉诚佳琪文博雅婷俊杰晓东海燕春梅秋月冬雪'.split(
    '',
  );

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export const SLA_CHOICES = ['30m', '2h', '4h', '8h', '1d', '2d', '3d', '1w'];

export const TITLE_PREFIXES = ['高级', '资深', '首席'];
