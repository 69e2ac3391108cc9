package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A short answer to an ask prompt about Nora Bay, said again with her name; anything else is left alone. */
class PromptRepliesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            asked                                  | asked Nora Bay
            asked 👍                               | asked Nora Bay
            yep asked 👍                           | asked Nora Bay
            she said she'd think abt it            | asked Nora Bay - will think about it
            nah she was slammed                    | Nora Bay was in a rush
            i asked her today                      | asked Nora Bay
            got one                                | asked Nora Bay - got a referral
            got one: Leo Grant at Hexa             | Nora Bay referred Leo Grant at Hexa
            she gave me a name - Otto Fry at Ridge | Nora Bay referred Otto Fry at Ridge
            she said no                            | Nora Bay said no
            no luck                                | Nora Bay said no
            they're not comfortable                | Nora Bay said no
            she'll think about it                  | asked Nora Bay - will think about it
            maybe                                  | asked Nora Bay - will think about it
            not now                                | not now Nora Bay
            didn't ask - ran out of time           | didn't ask Nora Bay - ran out of time
            asked her - she gave me a name         | asked Nora Bay - she gave me a name
            """)
    void aShortAnswerIsAboutThePromptsPerson(String typed, String said) {
        assertThat(PromptReplies.said(typed, "Nora Bay")).contains(said);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipeline", "asked Jane Doe", "didn't ask Nora", "met Jane Doe at Acme", "yes",
        "asked for a referral from the whole team at the offsite last week", "passed the proposal to Tom Lee",
        "declined the invite from Tom Lee", "she passed away"})
    void anythingElseIsLeftAlone(String typed) {
        assertThat(PromptReplies.said(typed, "Nora Bay")).isEmpty();
    }
}
