package com.referralcoach.core.contactfile;

/** A file's first look: its fingerprint, or why it can't be imported at all. */
public sealed interface FileCheck permits ContactFileReader.Fingerprint, FileReading.Refused {
}
