/** Tests of the ports' own small classes. */
package com.referralcoach.core.port;
