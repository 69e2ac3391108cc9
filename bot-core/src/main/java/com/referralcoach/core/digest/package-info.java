/**
 * The weekly team digest's picture: goal progress per rep and the team's weekly trend, drawn with XChart
 * into one PNG, headless, from plain values (no store, no platform).
 */
package com.referralcoach.core.digest;
