package dev.reinhardt.http;

import dev.reinhardt.exceptions.TooManyFieldsSent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryDictTest {

    @Test
    void repeatedKeysKeepEveryValueAndGetReturnsTheLast() {
        QueryDict query = QueryDict.parse("tag=a&tag=b&page=2");

        assertThat(query.get("tag")).isEqualTo("b");
        assertThat(query.getList("tag")).containsExactly("a", "b");
        assertThat(query.keys()).containsExactly("tag", "page");
    }

    @Test
    void valuesArePercentAndPlusDecoded() {
        QueryDict query = QueryDict.parse("q=hello+world%21&name=J%C3%BCrgen&flag");

        assertThat(query.get("q")).isEqualTo("hello world!");
        assertThat(query.get("name")).isEqualTo("Jürgen");
        assertThat(query.get("flag")).isEmpty();
    }

    @Test
    void aStrayPercentIsKeptLiterally() {
        assertThat(QueryDict.parse("discount=50%&x=%zz").asMap())
                .isEqualTo(Map.of("discount", List.of("50%"), "x", List.of("%zz")));
    }

    @Test
    void onlyAmpersandSeparatesFields() {
        assertThat(QueryDict.parse("a=1;b=2").get("a")).isEqualTo("1;b=2");
    }

    @Test
    void moreFieldsThanTheLimitAreRefused() {
        String query = "a=1&".repeat(5);

        assertThatThrownBy(() -> QueryDict.parse(query, StandardCharsets.UTF_8, 4))
                .isInstanceOf(TooManyFieldsSent.class)
                .hasMessage("The number of GET/POST parameters exceeded dataUploadMaxNumberFields (4).");
    }

    @Test
    void urlencodeRoundTrips() {
        QueryDict query = QueryDict.parse("b=x+y&a=%26");

        assertThat(query.urlencode()).isEqualTo("b=x+y&a=%26");
        assertThat(QueryDict.parse(query.urlencode())).isEqualTo(query);
    }

    @Test
    void parsedDictIsImmutable() {
        QueryDict query = QueryDict.parse("a=1");

        assertThatThrownBy(() -> query.asMap().put("b", List.of("2"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> query.getList("a").add("3")).isInstanceOf(UnsupportedOperationException.class);
    }
}
