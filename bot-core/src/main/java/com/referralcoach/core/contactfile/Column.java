package com.referralcoach.core.contactfile;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of column the bot maps, each recognised by its header in the words of the exports reps bring: LinkedIn
 * ("Email Address", "Position"), Google ("E-mail 1 - Value", "Organization Name", "Given Name"), HubSpot ("Phone
 * Number", "Company Name", "Became a Customer Date"), Salesforce ("Account Name", "FirstName", "MobilePhone").
 * Headers are compared in lower case with everything but letters and digits left out.
 */
enum Column {
    FIRST("first ?name|given ?name|first|forename"),
    MIDDLE("middle ?name|additional ?name"),
    LAST("last ?name|family ?name|surname|last"),
    FULL("name|full ?name|contact ?name|display ?name|contact|person"),
    EMAIL("(work|primary|personal|business|home|other)? ?e?mail( address)?( \\d+)?( value)?"),
    PHONE("(mobile|cell|work|business|home|primary|direct|office|other)? ?(phone|telephone|tel)( number)?( \\d+)?"
            + "( value)?|mobile|cell|mobile ?phone"),
    COMPANY("company( name)?|organi[sz]ation( \\d+)?( name)?|account( name)?|employer|associated company"),
    TITLE("(job )?title|position|organi[sz]ation( \\d+)? title|role|job role"),
    BIRTHDAY("birthday|birth ?date|date of birth|dob"),
    CUSTOMER_SINCE("(customer|client) since|became a customer( date)?|customer (start )?date"),
    NOTES("notes?|description|comments?");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final Pattern header;

    Column(String spaced) {
        this.header = Pattern.compile(spaced.replace(" ?", "").replace(" ", ""));
    }

    /** The kind of column a header names, if the bot maps it. */
    static Optional<Column> of(String header) {
        String plain = NOT_WORD.matcher(header.toLowerCase(Locale.ROOT)).replaceAll("");
        for (Column column : values()) {
            if (column.header.matcher(plain).matches()) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
