package org.madang.journal.signing;

/**
 * Signs record hashes with the device key. The journal never sees the private key itself, so a
 * hardware-backed key can replace the file-backed one later.
 */
public interface RecordSigner {

    /** Fingerprint of the public key that verifies this signer's signatures. */
    String keyId();

    /** Signs a 32-byte record hash. */
    Signature64 sign(byte[] hash);
}
