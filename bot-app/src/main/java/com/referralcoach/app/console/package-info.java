/** The terminal chat: each line typed is a message from the local rep, each reply is printed. */
package com.referralcoach.app.console;
