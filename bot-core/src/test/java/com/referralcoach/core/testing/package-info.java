/** Test support: the embedded MongoDB server and helpers shared by the modules' tests. */
package com.referralcoach.core.testing;
