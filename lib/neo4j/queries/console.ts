/**
 * Cypher the console runs on its own behalf (never user text): finding a console transaction by the id the app
 * put in its metadata, and terminating it at the deadline or when the client goes away.
 */

export const FIND_CONSOLE_TRANSACTIONS = /* cypher */ `
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.consoleId = $consoleId
RETURN transactionId`;

export const TERMINATE_CONSOLE_TRANSACTIONS = /* cypher */ `
TERMINATE TRANSACTIONS $ids`;
