/** The shared outbox: messages queued in the database and sent by whichever node claims them. */
package org.learningsets.model.mail;
