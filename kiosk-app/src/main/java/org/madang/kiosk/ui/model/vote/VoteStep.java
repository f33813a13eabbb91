package org.madang.kiosk.ui.model.vote;

/** Where a resident is in the voting flow. */
public enum VoteStep {
    /** Scan a member or voucher QR code, or open the code pad. */
    IDENTIFY,
    /** Typing the voucher's 10-character code. */
    CODE,
    /** The code or QR is being checked. */
    CHECKING,
    /** Choosing among several polls. */
    POLLS,
    /** Filling in the ballot. */
    BALLOT,
    /** "선택하신 내용": change or confirm. */
    REVIEW,
    /** The durable deposit is under way ("기록 중…"). */
    RECORDING,
    /** "투표가 기록되었습니다". */
    RECORDED,
    /** Refused (with a reason); nothing was recorded. */
    REFUSED
}
