package org.talksrecord.support;

/** Natural keys of the sample facts. */
public final class Sample {

    public static final String ISTANBUL_TALKS = "Russia–Ukraine direct talks in Istanbul";
    public static final String SECOND_ROUND = "Second round of Istanbul talks";
    public static final String PHONE_CALL = "Trump–Putin phone call";
    public static final String AGREEMENT = "1,000-for-1,000 prisoner exchange";
    public static final String EXCHANGE_LOCATION = "Ukrainian–Belarusian border";
    public static final String HOME_POST = "Home. We must bring all our people back from Russian captivity.";
    public static final String TRUMP_POST = "This could lead to something big???";

    private Sample() {
    }
}
