/** The chat language: free text in, a typed {@link com.referralcoach.core.language.Command} out, never an exception. */
package com.referralcoach.core.language;
