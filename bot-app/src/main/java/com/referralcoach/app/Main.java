package com.referralcoach.app;

/** Starts Referral Coach. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Referral Coach");
    }
}
