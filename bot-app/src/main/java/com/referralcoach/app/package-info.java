/** The composition root: reads the configuration, opens the store, wires the engine and starts the chats. */
package com.referralcoach.app;
