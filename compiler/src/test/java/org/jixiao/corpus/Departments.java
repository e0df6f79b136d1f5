package org.jixiao.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 阳泉市 budget departments (主管部门) with their 3-digit codes, and the units (实施单位) that carry
 * out their projects. Codes 005, 033, 040, 045, 049 and 057 are those of the seed forms; the others
 * are plausible codes for real 阳泉市 departments.
 */
final class Departments {
  /** A department; {@code shortName} is how narratives refer to it (市教育局). */
  record Department(String code, String name, String shortName, List<String> implementers) {}

  // code | name | short name | implementers (the department itself is always one of them)
  private static final String[] ROWS = {
    "001|中国共产党阳泉市委员会办公室|市委办公室|",
    "003|阳泉市人民政府办公室|市政府办公室|",
    "005|中国共产党阳泉市委员会组织部（阳泉市公务员局）|市委组织部|",
    "006|中国共产党阳泉市委员会宣传部|市委宣传部|阳泉市融媒体中心",
    "010|阳泉市教育局|市教育局|阳泉市学生资助管理中心;阳泉市第一中学校;阳泉市教育教学研究室",
    "012|阳泉市科学技术局|市科技局|阳泉市科技创新服务中心",
    "015|阳泉市公安局|市公安局|阳泉市公安局交通警察支队",
    "018|阳泉市民政局|市民政局|阳泉市社会福利院;阳泉市救助管理站",
    "020|阳泉市司法局|市司法局|阳泉市法律援助中心",
    "025|阳泉市人力资源和社会保障局|市人社局|阳泉市社会保险中心;阳泉市公共就业服务中心",
    "028|阳泉市规划和自然资源局|市规划和自然资源局|阳泉市自然资源事务中心",
    "030|阳泉市生态环境局|市生态环境局|阳泉市生态环境监测站",
    "033|阳泉市发展和改革委员会|市发展改革委|阳泉市价格认证中心",
    "036|阳泉市住房和城乡建设局|市住建局|阳泉市住房保障服务中心",
    "040|阳泉市工业和信息化局|市工信局|阳泉市人民政府国有资产监督管理委员会",
    "042|阳泉市交通运输局|市交通运输局|阳泉市公路事业发展中心",
    "045|阳泉市城市管理局|市城市管理局|阳泉市环境卫生服务中心;阳泉市园林绿化服务中心",
    "049|阳泉市水利局|市水利局|阳泉市水利事业发展中心",
    "052|阳泉市农业农村局|市农业农村局|阳泉市农业技术推广中心;阳泉市动物疫病预防控制中心",
    "054|阳泉市商务局|市商务局|",
    "057|阳泉市文化和旅游局|市文旅局|阳泉市戏剧和歌舞创作研究中心;阳泉市图书馆;阳泉市文物保护中心",
    "060|阳泉市卫生健康委员会|市卫健委|阳泉市疾病预防控制中心;阳泉市第一人民医院",
    "062|阳泉市退役军人事务局|市退役军人事务局|阳泉市退役军人服务中心",
    "065|阳泉市应急管理局|市应急管理局|阳泉市应急救援中心",
    "068|阳泉市市场监督管理局|市市场监管局|阳泉市检验检测中心",
    "070|阳泉市体育局|市体育局|阳泉市体育事业发展中心",
    "075|阳泉市医疗保障局|市医保局|阳泉市医疗保障服务中心",
    "080|阳泉市行政审批服务管理局|市行政审批局|阳泉市政务服务中心",
    "083|阳泉市能源局|市能源局|阳泉市煤炭事务服务中心",
    "086|阳泉市档案馆|市档案馆|",
  };

  static final Map<String, Department> BY_CODE = load();

  private Departments() {}

  private static Map<String, Department> load() {
    Map<String, Department> byCode = new LinkedHashMap<>();
    for (String row : ROWS) {
      String[] f = row.split("\\|", -1);
      List<String> implementers = new java.util.ArrayList<>();
      implementers.add(f[1]);
      for (String unit : f[3].split(";")) {
        if (!unit.isEmpty()) {
          implementers.add(unit);
        }
      }
      byCode.put(f[0], new Department(f[0], f[1], f[2], List.copyOf(implementers)));
    }
    return byCode;
  }
}
