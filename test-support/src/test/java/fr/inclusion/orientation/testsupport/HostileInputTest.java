package fr.inclusion.orientation.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import fr.inclusion.orientation.testsupport.HostileInput.Body;

/** The generators make what they say, and the French check tells Spring's English messages from ours. */
class HostileInputTest {

    private static final String VALID = "{\"name\":\"Médiathèque\",\"capacity\":10,\"tags\":[\"a\"]}";

    @Property(tries = 200)
    void everyBodyHasBytesAndSaysWhatItIs(@ForAll("bodies") Body body) {
        assertThat(body.bytes()).isNotNull();
        assertThat(body.shape()).isNotBlank();
    }

    @Example
    void bodiesIncludeInvalidUtf8AndWrongTypes() {
        var samples = HostileInput.bodiesLike(VALID).sampleStream().limit(2000).toList();
        assertThat(samples).anyMatch(body -> body.shape().startsWith("invalid UTF-8") && !utf8(body.bytes()));
        assertThat(samples).anyMatch(body -> body.shape().startsWith("value at [capacity] replaced"));
        assertThat(samples).anyMatch(body -> body.shape().startsWith("nested"));
        assertThat(samples).anyMatch(body -> !"application/json".equals(body.contentType()));
    }

    @Example
    void frenchMessagesPassAndSpringsEnglishOnesDoNot() {
        assertThat(HostileCalls.looksFrench("Le corps de la requête n'est pas un JSON valide.")).isTrue();
        assertThat(HostileCalls.looksFrench("Introuvable")).isTrue();
        assertThat(HostileCalls.looksFrench("Type de contenu non pris en charge")).isTrue();
        assertThat(HostileCalls.looksFrench("Content-Type 'text/plain' is not supported.")).isFalse();
        assertThat(HostileCalls.looksFrench("Bad Request")).isFalse();
        assertThat(HostileCalls.looksFrench("Failed to read request")).isFalse();
        assertThat(HostileCalls.looksFrench("Aucune orientation null accessible.")).isTrue();
        assertThat(HostileCalls.looksFrench("Acceptable representations: [application/json].")).isFalse();
        assertThat(HostileCalls.looksFrench("")).isFalse();
        // what a message quotes is not its language; a column name is not a word
        assertThat(HostileCalls.looksFrench("L'en-tête doit être « name,no_thd_coverage_rate » ; reçu : « to be »"))
                .isTrue();
        assertThat(HostileCalls.looksFrench("Colonne no_thd_coverage_rate absente.")).isTrue();
        assertThat(HostileCalls.looksFrench("Header « x » is missing")).isFalse();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Body> bodies() {
        return HostileInput.bodiesLike(VALID);
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
