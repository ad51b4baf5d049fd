/** Word pools for realistic Henan demo data: people, firms, places, rights and disputes. */

export const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段'.split('');
export const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红鹏飞建国卫东志刚晓燕雪梅海燕建华永红国庆文博子涵宇轩浩然思雨欣怡佳琪俊杰振华德胜家豪雨桐'.split('');

/** Region codes of Henan prefectures and districts, with their names (for IDs, credit codes and addresses). */
export const PLACES: { code: string; city: string; district: string; court: string }[] = [
  { code: '410102', city: '郑州市', district: '中原区', court: '郑州市中原区人民法院' },
  { code: '410104', city: '郑州市', district: '管城回族区', court: '郑州市管城回族区人民法院' },
  { code: '410105', city: '郑州市', district: '金水区', court: '郑州市金水区人民法院' },
  { code: '410106', city: '郑州市', district: '上街区', court: '郑州市上街区人民法院' },
  { code: '410122', city: '郑州市', district: '中牟县', court: '中牟县人民法院' },
  { code: '410202', city: '开封市', district: '龙亭区', court: '开封市龙亭区人民法院' },
  { code: '410303', city: '洛阳市', district: '西工区', court: '洛阳市西工区人民法院' },
  { code: '410305', city: '洛阳市', district: '涧西区', court: '洛阳市涧西区人民法院' },
  { code: '410402', city: '平顶山市', district: '新华区', court: '平顶山市新华区人民法院' },
  { code: '410502', city: '安阳市', district: '文峰区', court: '安阳市文峰区人民法院' },
  { code: '410702', city: '新乡市', district: '红旗区', court: '新乡市红旗区人民法院' },
  { code: '410802', city: '焦作市', district: '解放区', court: '焦作市解放区人民法院' },
  { code: '411002', city: '许昌市', district: '魏都区', court: '许昌市魏都区人民法院' },
  { code: '411102', city: '漯河市', district: '源汇区', court: '漯河市源汇区人民法院' },
  { code: '411302', city: '南阳市', district: '宛城区', court: '南阳市宛城区人民法院' },
  { code: '411402', city: '商丘市', district: '梁园区', court: '商丘市梁园区人民法院' },
  { code: '411502', city: '信阳市', district: '浉河区', court: '信阳市浉河区人民法院' },
  { code: '411602', city: '周口市', district: '川汇区', court: '周口市川汇区人民法院' },
  { code: '411702', city: '驻马店市', district: '驿城区', court: '驻马店市驿城区人民法院' },
];

export const STREETS = ['人民路', '建设路', '中原路', '文化路', '花园路', '商城路', '解放路', '黄河路', '嵩山路', '经三路', '农业路', '丰华路', '中州路', '金水路', '大学路'];
export const BRANDS = ['嵩岳', '中原', '豫丰', '黄河', '伏牛', '天中', '华夏', '牧野', '宛都', '汴梁', '龙门', '商都', '太行', '淮源', '云帆', '丰禾', '金穗', '鼎盛', '恒通', '瑞祥'];
export const INDUSTRIES = ['食品', '农业机械', '信息技术', '生物科技', '纺织', '新材料', '种业', '电子', '医药', '建材', '文化传媒', '服饰', '酒业', '环保科技', '智能装备'];
export const SHOPS = ['便利超市', '商行', '食品店', '日用品店', '服装店', '五金店', '电子商行'];
export const LAW_FIRMS = ['河南中原律师事务所', '河南大象律师事务所', '河南嵩山律师事务所', '河南黄河律师事务所', '河南天地律师事务所', '河南英华律师事务所', '河南金博大律师事务所'];
export const PRODUCTS = ['月饼礼盒', '秸秆还田机', '智慧园区管理系统', '小麦种子', '保温杯', '运动鞋', '白酒', '电动车控制器', '中药饮片', 'LED灯具', '儿童玩具', '手机壳'];
export const MEDIATOR_ROSTER: { name: string; mediatorNo: string }[] = [
  { name: '陈静', mediatorNo: 'ZZ-IP-007' },
  { name: '杨帆', mediatorNo: 'ZZ-IP-012' },
  { name: '刘建新', mediatorNo: 'ZZ-IP-003' },
  { name: '王晓燕', mediatorNo: 'ZZ-IP-015' },
  { name: '赵文博', mediatorNo: 'ZZ-IP-021' },
  { name: '孙丽华', mediatorNo: 'ZZ-IP-008' },
  { name: '周振华', mediatorNo: 'ZZ-IP-030' },
  { name: '郭志刚', mediatorNo: 'ZZ-IP-019' },
  { name: '马俊杰', mediatorNo: 'ZZ-IP-025' },
  { name: '高雪梅', mediatorNo: 'ZZ-IP-011' },
];
