// Writes the illustrative returns of this folder: three lead departments' filled forms for the 2020 measures,
// made up to show a final evaluation. Every sheet, file and report says so; they are not published data.
//
//   ./mvnw -B package -DskipTests -pl examples -am
//   java -cp examples/target/newinfra.jar examples/returns/MakeIllustrativeReturns.java examples/returns
import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.ReturnField;
import io.github.newinfra.excel.ReturnTemplate;
import io.github.newinfra.model.DepartmentId;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public class MakeIllustrativeReturns {
  static final String BANNER = "示例数据：为演示期末评估而编，不是公开发布的数据";

  static Map<ReturnField, String> row(Object... pairs) {
    Map<ReturnField, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((ReturnField) pairs[i], (String) pairs[i + 1]);
    }
    m.put(ReturnField.NOTE, "【示例】" + m.getOrDefault(ReturnField.NOTE, ""));
    m.put(ReturnField.DATE, "2021-01-15");
    return m;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Assignments who = Assignments.of(Catalog.builtIn().data());
    DepartmentId industry = DepartmentId.of("js-industry-it");
    Map<String, Map<ReturnField, String>> answers = new LinkedHashMap<>();
    answers.put("measures2020/target/smart-skynet", row(ReturnField.STATUS, "基本完成", ReturnField.EVIDENCE,
        "（示例）省工业和信息化厅关于智慧天网建设的工作总结"));
    answers.put("measures2020/1/1", row(ReturnField.STATUS, "已完成", ReturnField.EVIDENCE, "（示例）5G网络建设年度总结"));
    answers.put("measures2020/1/2", row(ReturnField.STATUS, "按计划推进"));
    answers.put("measures2020/1/3", row(ReturnField.STATUS, "已完成", ReturnField.EVIDENCE_ADDRESS,
        "https://example.org/illustrative/512"));
    answers.put("measures2020/1/4", row(ReturnField.STATUS, "滞后", ReturnField.NOTE, "部分节点选址调整"));
    answers.put("measures2020/3/23", row(ReturnField.STATUS, "完成了"));
    answers.put("measures2020/facility/integrated-big-data-centre-programme", row(ReturnField.STATUS, "在建",
        ReturnField.REACHED, "2020-06-30", ReturnField.INVESTMENT, "35亿元"));
    answers.put("measures2020/target/cloud-enterprises-new 2020", row(ReturnField.VALUE, "3.6",
        ReturnField.UNIT_MULT, "4"));
    try (OutputStream out = Files.newOutputStream(dir.resolve("省工业和信息化厅.xlsx"))) {
      ReturnTemplate.write(who, who.itemsOf(industry), Optional.of(industry), BANNER, answers, out);
    }
    Files.writeString(dir.resolve("省公安厅.csv"), "\uFEFF类别,编号,牵头单位,完成情况,说明,佐证材料,填报日期,示例\r\n"
        + "定性目标,measures2020/target/smart-skynet,省公安厅,部分完成,【示例】尚有两个设区市未完成接入,"
        + "（示例）智慧天网建设进展情况,2021-01-20,是\r\n"
        + "重点任务,measures2020/2/17,省公安厅,已完成,【示例】,（示例）智慧警务建设总结,2021-01-20,是\r\n"
        + "重点任务,measures2020/1/5,省公安厅,按计划推进,【示例】车联网路侧设施,,2021-01-20,是\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("省教育厅.json"), "{\n  \"illustrative\": true,\n  \"department\": \"省教育厅\",\n"
        + "  \"rows\": [\n"
        + "    {\"kind\": \"重点任务\", \"id\": \"measures2020/2/13\", \"status\": \"已完成\", \"note\": \"【示例】\","
        + " \"evidence\": \"（示例）智慧教育升级版工作总结\", \"date\": \"2021-01-18\"},\n"
        + "    {\"kind\": \"定量目标\", \"id\": \"measures2020/target/smart-campus-demo-schools\", \"period\": \"2020\","
        + " \"value\": 102, \"note\": \"【示例】\"},\n"
        + "    {\"kind\": \"定性目标\", \"id\": \"measures2020/target/smart-skynet\", \"status\": \"\"}\n"
        + "  ]\n}\n", StandardCharsets.UTF_8);
  }
}
