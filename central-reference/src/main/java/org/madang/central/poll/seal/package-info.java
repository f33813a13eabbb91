/**
 * INTERIM copy of device-config's {@code org.madang.device.content.poll.seal} API (wave contract,
 * "Sealed ballots"), so the central can open sealed ballots before the content helper's classes
 * are merged. Replaced by the real classes (same names and signatures) once they land on main.
 */
package org.madang.central.poll.seal;
