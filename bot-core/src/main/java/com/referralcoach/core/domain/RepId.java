package com.referralcoach.core.domain;

/** A sales rep's user id on their platform, unique within a workspace. */
public record RepId(String value) {
    public RepId {
        Ids.requireId(value, "rep id");
    }

    @Override
    public String toString() {
        return value;
    }
}
