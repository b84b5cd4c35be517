package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.evofit.server.EvofitServer;
import org.junit.jupiter.api.Test;

/** A submission's status has one spelling, lower case, and the older upper-case records still read. */
class SubmissionStatusTest {

    private static final ObjectMapper JSON = EvofitServer.jsonMapper();

    @Test
    void isWrittenInLowerCase() throws Exception {
        assertThat(JSON.writeValueAsString(SubmissionStatus.QUEUED)).isEqualTo("\"queued\"");
        assertThat(SubmissionStatus.CANCELLED.label()).isEqualTo("cancelled");
    }

    @Test
    void readsBothTheOneSpellingAndTheOlderUpperCase() throws Exception {
        assertThat(JSON.readValue("\"running\"", SubmissionStatus.class)).isEqualTo(SubmissionStatus.RUNNING);
        assertThat(JSON.readValue("\"RUNNING\"", SubmissionStatus.class)).isEqualTo(SubmissionStatus.RUNNING);
    }
}
