package org.madang.device.profile;

/** Reports a profile's dong code problem with the details each message needs. */
final class DongCodeRule {

    private DongCodeRule() {
    }

    /** Adds at most one problem: the first rule the code breaks. */
    static void check(String field, String code, ProblemList problems) {
        DongCode.check(code).ifPresent(violation -> {
            switch (violation) {
                case FORMAT -> problems.add(field, code, ProfileProblem.Code.DONG_CODE_FORMAT, DongCode.EXAMPLE);
                case UNKNOWN_PROVINCE -> problems.add(field, code, ProfileProblem.Code.DONG_CODE_UNKNOWN_PROVINCE,
                        code.substring(0, 2), String.join(", ", DongCode.PROVINCES), DongCode.EXAMPLE);
                case GU_LEVEL -> problems.add(field, code, ProfileProblem.Code.DONG_CODE_GU_LEVEL, DongCode.EXAMPLE);
                case NOT_DONG_LEVEL -> problems.add(field, code, ProfileProblem.Code.DONG_CODE_NOT_DONG_LEVEL,
                        DongCode.EXAMPLE);
            }
        });
    }
}
