package org.jixiao.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arguments as machine-readable outputs write them. */
class ArgJsonTest {
  @Test
  void jsonHasTheKindAndTheExactAmount() throws Exception {
    ArrayNode out = new ObjectMapper().createArrayNode();
    ArgJson.write(out, List.of(Arg.text("市县"), Arg.Money.of(new BigDecimal("1234567"), "万元", new BigDecimal("10000"), 2), Arg.key("amount.perYear", Arg.count(3)),
        Arg.unit("元/吨"), new Arg.Terms(List.of(new Arg.Term("上级", Arg.Money.yuan(new BigDecimal("50000")))))));
    assertThat(out.toString()).isEqualTo("[{\"kind\":\"text\",\"value\":\"市县\"},"
        + "{\"kind\":\"money\",\"yuan\":\"1234567\",\"unit\":\"万元\",\"exponent\":4,\"decimals\":2,\"figure\":\"123.4567\"},"
        + "{\"kind\":\"key\",\"key\":\"amount.perYear\",\"args\":[{\"kind\":\"number\",\"value\":\"3\"}]},"
        + "{\"kind\":\"unit\",\"value\":\"元/吨\"},"
        + "{\"kind\":\"terms\",\"terms\":[{\"label\":\"上级\",\"amount\":{\"kind\":\"money\",\"yuan\":\"50000\",\"unit\":\"元\","
        + "\"exponent\":0,\"decimals\":0,\"figure\":\"50,000\"}}]}]");
  }
}
