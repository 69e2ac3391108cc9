/** Referral Coach's engine: knows the referral habits, knows no chat platform. */
package com.referralcoach.core;
