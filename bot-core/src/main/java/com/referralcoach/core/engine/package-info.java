/** The bot engine: a message in, one command handler, a coaching reply out. */
package com.referralcoach.core.engine;
