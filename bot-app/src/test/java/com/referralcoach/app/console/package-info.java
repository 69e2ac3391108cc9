/** Tests of the terminal chat platform. */
package com.referralcoach.app.console;
