package org.jixiao.corpus;

import java.util.List;
import java.util.Random;

/**
 * The narrative cells of a form (项目概况, 立项依据, 必要性, 保证措施, 实施计划, 总体目标), written the
 * way 阳泉市 offices write them: numbered items, cited documents with 文号, amounts in 万元. Texts
 * are assembled from sentence patterns until they reach a length drawn for the form; real cells run
 * from a few dozen to about 1,500 characters.
 *
 * <p>Every amount quoted in a text is consistent with the funds table: the 概况 quotes the 实施期
 * total, and the items of the 实施计划 add up to it exactly (rule F6 of the domain notes).
 */
final class Narratives {
  // issuer:文号 prefix, so that a cited document's 文号 belongs to its issuer
  private static final String[] ISSUERS = {
    "国务院办公厅:国办发", "财政部:财预", "山西省人民政府:晋政发", "山西省人民政府办公厅:晋政办发", "山西省财政厅:晋财绩",
    "中共阳泉市委:阳发", "阳泉市人民政府:阳政发", "阳泉市人民政府办公室:阳政办发", "阳泉市财政局:阳财预",
  };
  private static final String[] DOC_KINDS = {"通知", "实施意见", "实施方案", "管理办法", "若干措施（试行）", "指导意见"};
  private static final String[] LAWS = {
    "《中华人民共和国预算法》", "《中华人民共和国预算法实施条例》", "《中共中央 国务院关于全面实施预算绩效管理的意见》",
    "《山西省全面实施预算绩效管理实施方案》", "《阳泉市市级财政专项资金管理办法》",
  };
  private static final String[] OVERVIEW = {
    "{topic}是{dept}年度重点工作之一，资金主要用于{work}、{work2}等方面。",
    "项目由{impl}具体组织实施，服务对象为{served}，实行专款专用、专账核算。",
    "近年来，我市{work}工作取得积极进展，但仍存在基础条件薄弱、保障水平不高等问题，需要持续投入。",
    "{year}年计划重点完成{work}，同步推进{work2}，确保各项任务按期完成。",
    "按照“统筹兼顾、突出重点、注重实效”的原则，集中财力保障{work}。",
    "项目实施后，将有效改善{served}的服务条件，进一步提升{work}工作水平。",
    "截至{prev}年底，已累计完成{work}任务{n}项，群众反映良好。",
  };
  private static final String[] NECESSITY = {
    "{topic}是贯彻落实党中央、国务院和省委省政府决策部署的具体举措，关系{served}的切身利益。",
    "当前{work}任务繁重，现有经费难以满足工作需要，设立本项目十分必要。",
    "通过实施本项目，能够补齐{work2}方面的短板，推动相关工作提质增效。",
    "项目的实施有利于维护社会和谐稳定，增强{served}的获得感、幸福感、安全感。",
    "根据{dept}职能职责，{work}属于必须保障的重点支出，不实施将影响全年目标任务的完成。",
    "为全面完成{year}年度目标任务，更好地满足{served}的需求，需安排专项资金予以保障。",
  };
  private static final String[] MEASURES = {
    "成立由主要领导任组长的项目工作领导小组，明确责任分工，加强统筹协调。",
    "严格执行《阳泉市市级财政专项资金管理办法》，实行专款专用，杜绝截留、挤占、挪用。",
    "严格按照政府采购相关规定组织采购，公开、公平、公正选择服务供应商。",
    "建立健全项目绩效运行监控机制，定期开展绩效监控，及时纠正偏差。",
    "加强资金拨付审核，对照实施进度分批拨付资金，确保资金安全。",
    "项目完成后及时组织验收，开展绩效自评，并将评价结果作为以后年度安排预算的重要依据。",
    "主动接受财政、审计和社会监督，按规定公开项目实施情况和资金使用情况。",
  };
  private static final String[] PLAN_STEPS = {
    "{year}年第一季度，完成项目前期准备和实施方案制定；",
    "{year}年第二季度至第三季度，全面组织实施，加强过程管理；",
    "{year}年第四季度，完成项目验收、资金结算和绩效自评工作。",
    "严格按照时间节点推进，确保项目按期保质完成。",
  };
  /** Clauses that describe one piece of work, in 概况 paragraphs and 实施计划 items. */
  private static final String[] DETAILS = {
    "对符合条件的{served}进行补助", "严格按照标准核定对象和金额", "通过政府采购方式确定服务单位", "按季度分批拨付资金",
    "根据考核结果兑现", "分地域按照既定标准发放", "由{impl}统一组织实施", "覆盖全市各县（区）",
    "开展实地核查，确保数据真实准确", "建立工作台账，实行动态管理", "组织专家进行评审论证", "加强过程监管和质量控制",
    "完成后及时组织验收", "委托第三方机构开展评估", "同步做好政策宣传和舆论引导", "所需费用包括劳务、材料、场地租赁等",
    "含设备购置及安装调试费用", "重点保障{served}的基本需求", "进一步完善相关工作机制", "参照上年度实际支出测算",
  };

  private final Random rnd;
  private final Topics.Topic topic;
  private final Departments.Department department;
  private final String implementer;
  private final int year;

  Narratives(Random rnd, Topics.Topic topic, Departments.Department department, String implementer, int year) {
    this.rnd = rnd;
    this.topic = topic;
    this.department = department;
    this.implementer = implementer;
    this.year = year;
  }

  /** 项目概况: what the project is, ending with the amount it needs and where the money comes from. */
  String overview(FundsTable funds, int length) {
    StringBuilder b = new StringBuilder();
    fill(b, OVERVIEW, Math.min(length, 120));
    // Longer overviews describe each piece of work in turn, as the seed's 文旅 form does.
    String[] numbers = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）"};
    List<String> works = topic.works();
    int perWork = Math.max(1, Math.min(DETAILS.length, (length - 120) / (works.size() * 14)));
    for (int i = 0; i < works.size() && b.length() < length - 40; i++) {
      b.append(numbers[i]).append(works.get(i)).append("：").append(details(1 + rnd.nextInt(perWork))).append("。");
    }
    b.append("本项目实施期资金总额").append(JxText.wan(funds.termTotal())).append("万元");
    if (funds.term[FundsTable.LOCAL] == funds.termTotal()) {
      b.append("，全部为市级财政资金。");
    } else {
      b.append("，其中市县（区）财政资金").append(JxText.wan(funds.term[FundsTable.LOCAL])).append("万元。");
    }
    return b.toString();
  }

  /** 立项依据: numbered documents with issuer, title and 文号. */
  String basis(int length) {
    StringBuilder b = new StringBuilder();
    List<String> laws = new java.util.ArrayList<>(List.of(LAWS));
    int n = 1;
    while (b.length() < length) {
      if (n > 1) {
        b.append("；");
      }
      b.append(n++).append('.');
      if (rnd.nextInt(4) == 0 && !laws.isEmpty()) {
        b.append(laws.remove(rnd.nextInt(laws.size())));
      } else {
        int docYear = year - 1 - rnd.nextInt(6);
        String[] issuer = pick(ISSUERS).split(":");
        b.append("《").append(issuer[0]).append("关于").append(pick(List.of("加强", "做好", "推进", "进一步规范")))
            .append(pick(topic.works())).append("工作的").append(pick(DOC_KINDS)).append("》（")
            .append(issuer[1]).append("〔").append(docYear).append("〕").append(1 + rnd.nextInt(120))
            .append("号）");
      }
    }
    return b.append("。").toString();
  }

  String necessity(int length) {
    StringBuilder b = new StringBuilder();
    fill(b, NECESSITY, length);
    return b.toString();
  }

  String measures(int length) {
    StringBuilder b = new StringBuilder();
    List<String> left = new java.util.ArrayList<>(List.of(MEASURES));
    for (int n = 1; b.length() < length && !left.isEmpty(); n++) {
      b.append(n).append('.').append(expand(left.remove(rnd.nextInt(left.size()))));
    }
    return b.toString();
  }

  /** 项目实施计划: numbered spending items whose amounts add up to the 实施期 total exactly. */
  String plan(FundsTable funds, int length) {
    List<String> works = topic.works();
    int items = Math.min(works.size() + 2, 2 + rnd.nextInt(5));
    long[] parts = split(funds.termTotal(), items);
    // Item texts are drawn before any amount is known, so that a revised amount (see FundsTable)
    // changes only its own digits, never the words around it.
    int detailBudget = Math.max(1, (length - 120) / (items * 16));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < items; i++) {
      String work = i < works.size() ? works.get(i) : i == works.size() ? "宣传培训及资料印制" : "其他工作经费";
      String detail = details(Math.min(DETAILS.length, 1 + rnd.nextInt(detailBudget)));
      b.append(i + 1).append('.').append(work).append("，").append(detail)
          .append("，约需经费").append(JxText.wan(parts[i])).append("万元。");
    }
    for (String step : PLAN_STEPS) {
      b.append(expand(step));
    }
    return b.toString();
  }

  /** {@code n} different detail clauses joined by commas. */
  private String details(int n) {
    List<String> left = new java.util.ArrayList<>(List.of(DETAILS));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append("，");
      }
      b.append(expand(left.remove(rnd.nextInt(left.size()))));
    }
    return b.toString();
  }

  /** 年度目标 of a multi-year project: the share of the 总体目标 that falls in the budget year. */
  String annualGoal(String mainOutput) {
    return expand("{year}年度，完成" + mainOutput + "等年度目标任务，按计划推进{work}，确保年度资金及时足额拨付到位。");
  }

  /** 总体目标: one or two sentences naming the main outputs. */
  String goal(String mainOutput) {
    return expand("通过实施本项目，完成" + mainOutput + "等目标任务，" + pick(List.of(
        "保障{work}工作顺利开展，满足{served}的需求。",
        "有效提升{work}水平，进一步增强{served}的获得感和满意度。",
        "确保资金及时足额到位，推动{work2}工作提质增效，为阳泉经济社会高质量发展提供有力保障。")));
  }

  /** Splits {@code total} into {@code n} positive parts on the amount's own rounding unit. */
  private long[] split(long total, int n) {
    long unit = 1_000;
    long units = total / unit;
    long[] parts = new long[n];
    long left = units;
    for (int i = 0; i < n - 1; i++) {
      long max = left - (n - 1 - i);
      long take = Math.max(1, Math.min(max, Math.round(left * (0.15 + 0.5 * rnd.nextDouble()))));
      parts[i] = take * unit;
      left -= take;
    }
    parts[n - 1] = left * unit + (total - units * unit);
    return parts;
  }

  /** Appends different patterns, in a random order, until {@code length} or until none are left. */
  private void fill(StringBuilder b, String[] patterns, int length) {
    List<String> left = new java.util.ArrayList<>(List.of(patterns));
    while (b.length() < length && !left.isEmpty()) {
      b.append(expand(left.remove(rnd.nextInt(left.size()))));
    }
  }

  private String expand(String pattern) {
    List<String> works = topic.works();
    int w = rnd.nextInt(works.size());
    return pattern
        .replace("{topic}", topic.name())
        .replace("{dept}", department.shortName())
        .replace("{impl}", implementer)
        .replace("{served}", topic.served())
        .replace("{work}", works.get(w))
        .replace("{work2}", works.get((w + 1) % works.size()))
        .replace("{year}", String.valueOf(year))
        .replace("{prev}", String.valueOf(year - 1))
        .replace("{n}", String.valueOf(2 + rnd.nextInt(30)));
  }

  private <T> T pick(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  private String pick(String[] array) {
    return array[rnd.nextInt(array.length)];
  }
}
