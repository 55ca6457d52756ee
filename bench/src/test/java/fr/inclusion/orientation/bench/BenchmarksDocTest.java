package fr.inclusion.orientation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarksDocTest {

    private static final String DOC = """
            # Benchmarks

            Head.

            ## Search in-service

            Old search.

            ## Referrals

            Old referrals.

            ## Chaos

            Old chaos.


            """;

    @Test
    void aSectionReplacesItselfAndLeavesTheOthers() {
        assertThat(BenchmarksDoc.replaceSection(DOC, "Referrals", "## Referrals\n\nNew referrals.\n")).isEqualTo("""
                # Benchmarks

                Head.

                ## Search in-service

                Old search.

                ## Chaos

                Old chaos.

                ## Referrals

                New referrals.
                """);
    }

    @Test
    void aNewSectionIsAppended() {
        assertThat(BenchmarksDoc.replaceSection("# Benchmarks\n", "Chaos: the store stopped for 60 s",
                "## Chaos: the store stopped for 60 s\n\nFigures.")).isEqualTo("""
                # Benchmarks

                ## Chaos: the store stopped for 60 s

                Figures.
                """);
    }

    @Test
    void theSearchHeadKeepsEverythingFromReferralsOn() {
        assertThat(BenchmarksDoc.replaceHead(DOC, "# Benchmarks\n\nNew head.\n\n## Search in-service\n\nNew search.\n"))
                .isEqualTo("""
                        # Benchmarks

                        New head.

                        ## Search in-service

                        New search.

                        ## Referrals

                        Old referrals.

                        ## Chaos

                        Old chaos.


                        """);
        assertThat(BenchmarksDoc.replaceHead("", "# Benchmarks\n")).isEqualTo("# Benchmarks\n");
    }
}
