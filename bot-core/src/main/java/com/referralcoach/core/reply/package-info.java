/** Platform-neutral replies: text, fields and suggested actions that each adapter renders its own way. */
package com.referralcoach.core.reply;
