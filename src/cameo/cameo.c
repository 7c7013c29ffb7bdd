/* cameo.c: the CAMEO 1.1b3 event codebook table and its lookups (see cameo.h).
 *
 * Names are the short CAMEO labels; Goldstein values are the GDELT CAMEO Goldstein scale;
 * PLOVER types follow the PLOVER manual's root crosswalk (08 split into CONCEDE 080-083 and
 * RETREAT 084-087) with the per-code exceptions of the CAMEO-to-PLOVER crosswalk (015 AGREE,
 * 016 REJECT, 0813/0814 RETREAT, 163 COERCE, 1712 and 175 ASSAULT, 191/192 COERCE). The
 * table must stay sorted by code in strcmp order: the unit tests check it. */
#include "cameo/cameo.h"

#include <stdint.h>
#include <string.h>

#define C(code, root, quad, goldstein, plover, mode, name) \
    {code, name, root, quad, goldstein, plover, mode}

static const cameo_code table[] = {
    C("01", "01", 1,   0.0, NULL, NULL, "Make public statement"),
    C("010", "01", 1,   0.0, NULL, NULL, "Make statement"),
    C("011", "01", 1,  -0.1, NULL, NULL, "Decline comment"),
    C("012", "01", 1,  -0.4, NULL, NULL, "Make pessimistic comment"),
    C("013", "01", 1,   0.4, NULL, NULL, "Make optimistic comment"),
    C("014", "01", 1,   0.0, NULL, NULL, "Consider policy option"),
    C("015", "01", 1,   0.0, "AGREE", NULL, "Acknowledge or claim responsibility"),
    C("016", "01", 1,  -2.0, "REJECT", NULL, "Deny responsibility"),
    C("017", "01", 1,   0.0, NULL, NULL, "Engage in symbolic act"),
    C("018", "01", 1,   3.4, NULL, NULL, "Make empathetic comment"),
    C("019", "01", 1,   3.4, NULL, NULL, "Express accord"),

    C("02", "02", 1,   3.0, NULL, NULL, "Appeal"),
    C("020", "02", 1,   3.0, NULL, NULL, "Make an appeal or request"),
    C("021", "02", 1,   3.4, NULL, NULL, "Appeal for material cooperation"),
    C("0211", "02", 1,   3.4, NULL, NULL, "Appeal for economic cooperation"),
    C("0212", "02", 1,   3.4, NULL, NULL, "Appeal for military cooperation"),
    C("0213", "02", 1,   3.4, NULL, NULL, "Appeal for judicial cooperation"),
    C("0214", "02", 1,   3.4, NULL, NULL, "Appeal for intelligence cooperation"),
    C("022", "02", 1,   3.2, NULL, NULL, "Appeal for diplomatic cooperation (such as policy support)"),
    C("023", "02", 1,   3.4, NULL, NULL, "Appeal for aid"),
    C("0231", "02", 1,   3.4, NULL, NULL, "Appeal for economic aid"),
    C("0232", "02", 1,   3.4, NULL, NULL, "Appeal for military aid"),
    C("0233", "02", 1,   3.4, NULL, NULL, "Appeal for humanitarian aid"),
    C("0234", "02", 1,   3.4, NULL, NULL, "Appeal for military protection or peacekeeping"),
    C("024", "02", 1,  -0.3, NULL, NULL, "Appeal for political reform"),
    C("0241", "02", 1,  -0.3, NULL, NULL, "Appeal for change in leadership"),
    C("0242", "02", 1,  -0.3, NULL, NULL, "Appeal for policy change"),
    C("0243", "02", 1,  -0.3, NULL, NULL, "Appeal for rights"),
    C("0244", "02", 1,  -0.3, NULL, NULL, "Appeal for change in institutions, regime"),
    C("025", "02", 1,  -0.3, NULL, NULL, "Appeal for target to yield"),
    C("0251", "02", 1,  -0.3, NULL, NULL, "Appeal for easing of administrative sanctions"),
    C("0252", "02", 1,  -0.3, NULL, NULL, "Appeal for easing of popular dissent"),
    C("0253", "02", 1,  -0.3, NULL, NULL, "Appeal for release of persons or property"),
    C("0254", "02", 1,  -0.3, NULL, NULL, "Appeal for easing of economic sanctions, boycott, or embargo"),
    C("0255", "02", 1,  -0.3, NULL, NULL, "Appeal for target to allow international involvement (non-mediation)"),
    C("0256", "02", 1,  -0.3, NULL, NULL, "Appeal for de-escalation of military engagement"),
    C("026", "02", 1,   4.0, NULL, NULL, "Appeal to others to meet or negotiate"),
    C("027", "02", 1,   4.0, NULL, NULL, "Appeal to others to settle dispute"),
    C("028", "02", 1,   4.0, NULL, NULL, "Appeal to engage mediation"),

    C("03", "03", 1,   4.0, "AGREE", NULL, "Express intent to cooperate"),
    C("030", "03", 1,   4.0, "AGREE", NULL, "Express intent to cooperate"),
    C("031", "03", 1,   5.2, "AGREE", NULL, "Agree to engage in material cooperation"),
    C("0311", "03", 1,   5.2, "AGREE", NULL, "Express intent to cooperate economically"),
    C("0312", "03", 1,   5.2, "AGREE", NULL, "Express intent to cooperate militarily"),
    C("0313", "03", 1,   5.2, "AGREE", NULL, "Express intent to cooperate on judicial matters"),
    C("0314", "03", 1,   5.2, "AGREE", NULL, "Express intent to cooperate on intelligence"),
    C("032", "03", 1,   4.5, "AGREE", NULL, "Express intent to engage in diplomatic cooperation (such as policy support)"),
    C("033", "03", 1,   5.2, "AGREE", NULL, "Express intent to provide material aid"),
    C("0331", "03", 1,   5.2, "AGREE", NULL, "Express intent to provide economic aid"),
    C("0332", "03", 1,   5.2, "AGREE", NULL, "Express intent to provide military aid"),
    C("0333", "03", 1,   5.2, "AGREE", NULL, "Express intent to provide humanitarian aid"),
    C("0334", "03", 1,   6.0, "AGREE", NULL, "Express intent to provide military protection or peacekeeping"),
    C("034", "03", 1,   7.0, "AGREE", NULL, "Express intent to bring political reform"),
    C("0341", "03", 1,   7.0, "AGREE", NULL, "Express intent to change leadership"),
    C("0342", "03", 1,   7.0, "AGREE", NULL, "Express intent to change policy"),
    C("0343", "03", 1,   7.0, "AGREE", NULL, "Express intent to provide rights"),
    C("0344", "03", 1,   7.0, "AGREE", NULL, "Express intent to change institutions, regime"),
    C("035", "03", 1,   7.0, "AGREE", NULL, "Express intent to yield"),
    C("0351", "03", 1,   7.0, "AGREE", NULL, "Express intent to ease administrative sanctions"),
    C("0352", "03", 1,   7.0, "AGREE", NULL, "Express intent to ease popular dissent"),
    C("0353", "03", 1,   7.0, "AGREE", NULL, "Express intent to release persons or property"),
    C("0354", "03", 1,   7.0, "AGREE", NULL, "Express intent to ease economic sanctions, boycott, embargo"),
    C("0355", "03", 1,   7.0, "AGREE", NULL, "Express intent to allow international involvement (non-mediation)"),
    C("0356", "03", 1,   7.0, "AGREE", NULL, "Express intent to de-escalate military engagement"),
    C("036", "03", 1,   4.0, "AGREE", NULL, "Express intent to meet or negotiate"),
    C("037", "03", 1,   5.0, "AGREE", NULL, "Express intent to settle dispute"),
    C("038", "03", 1,   7.0, "AGREE", NULL, "Express intent to accept mediation"),
    C("039", "03", 1,   5.0, "AGREE", NULL, "Express intent to mediate"),

    C("04", "04", 1,   1.0, "CONSULT", NULL, "Consult"),
    C("040", "04", 1,   1.0, "CONSULT", NULL, "Consult"),
    C("041", "04", 1,   1.0, "CONSULT", "phone", "Discuss by telephone"),
    C("042", "04", 1,   1.9, "CONSULT", "visit", "Make a visit"),
    C("043", "04", 1,   2.8, "CONSULT", "visit", "Host a visit"),
    C("044", "04", 1,   2.5, "CONSULT", "third-party", "Meet at a \"third\" location"),
    C("045", "04", 1,   5.0, "CONSULT", NULL, "Engage in mediation"),
    C("046", "04", 1,   7.0, "CONSULT", NULL, "Engage in negotiation"),

    C("05", "05", 1,   3.5, "SUPPORT", NULL, "Engage in diplomatic cooperation"),
    C("050", "05", 1,   3.5, "SUPPORT", NULL, "Engage in diplomatic cooperation"),
    C("051", "05", 1,   3.4, "SUPPORT", NULL, "Praise or endorse"),
    C("052", "05", 1,   3.5, "SUPPORT", NULL, "Defend verbally"),
    C("053", "05", 1,   3.8, "SUPPORT", NULL, "Rally support on behalf of"),
    C("054", "05", 1,   6.0, "SUPPORT", NULL, "Grant diplomatic recognition"),
    C("055", "05", 1,   7.0, "SUPPORT", NULL, "Apologize"),
    C("056", "05", 1,   7.0, "SUPPORT", NULL, "Forgive"),
    C("057", "05", 1,   8.0, "SUPPORT", NULL, "Sign formal agreement"),

    C("06", "06", 2,   6.0, "COOPERATE", NULL, "Engage in material cooperation"),
    C("060", "06", 2,   6.0, "COOPERATE", NULL, "Engage in material cooperation"),
    C("061", "06", 2,   6.4, "COOPERATE", NULL, "Cooperate economically"),
    C("062", "06", 2,   7.4, "COOPERATE", NULL, "Cooperate militarily"),
    C("063", "06", 2,   7.4, "COOPERATE", NULL, "Engage in judicial cooperation"),
    C("064", "06", 2,   7.0, "COOPERATE", NULL, "Share intelligence or information"),

    C("07", "07", 2,   7.0, "AID", NULL, "Provide aid"),
    C("070", "07", 2,   7.0, "AID", NULL, "Provide aid"),
    C("071", "07", 2,   7.4, "AID", NULL, "Provide economic aid"),
    C("072", "07", 2,   8.3, "AID", NULL, "Provide military aid"),
    C("073", "07", 2,   7.4, "AID", NULL, "Provide humanitarian aid"),
    C("074", "07", 2,   8.5, "AID", NULL, "Provide military protection or peacekeeping"),
    C("075", "07", 2,   7.0, "AID", NULL, "Grant asylum"),

    C("08", "08", 2,   5.0, "CONCEDE", NULL, "Yield"),
    C("080", "08", 2,   5.0, "CONCEDE", NULL, "Yield"),
    C("081", "08", 2,   5.0, "CONCEDE", NULL, "Ease administrative sanctions"),
    C("0811", "08", 2,   5.0, "CONCEDE", NULL, "Ease restrictions on freedoms of expression"),
    C("0812", "08", 2,   5.0, "CONCEDE", NULL, "Ease ban on political parties or politicians"),
    C("0813", "08", 2,   5.0, "RETREAT", NULL, "Ease curfew"),
    C("0814", "08", 2,   5.0, "RETREAT", NULL, "Ease state of emergency or martial law"),
    C("082", "08", 2,   5.0, "CONCEDE", NULL, "Ease political dissent"),
    C("083", "08", 2,   5.0, "CONCEDE", NULL, "Accede to requests or demands for political reform"),
    C("0831", "08", 2,   5.0, "CONCEDE", NULL, "Accede to demands for change in leadership"),
    C("0832", "08", 2,   5.0, "CONCEDE", NULL, "Accede to demands for change in policy"),
    C("0833", "08", 2,   5.0, "CONCEDE", NULL, "Accede to demands for rights"),
    C("0834", "08", 2,   5.0, "CONCEDE", NULL, "Accede to demands for change in institutions, regime"),
    C("084", "08", 2,   7.0, "RETREAT", "release", "Return, release"),
    C("0841", "08", 2,   7.0, "RETREAT", "release", "Return, release person(s)"),
    C("0842", "08", 2,   7.0, "RETREAT", "release", "Return, release property"),
    C("085", "08", 2,   7.0, "RETREAT", NULL, "Ease economic sanctions, boycott, embargo"),
    C("086", "08", 2,   9.0, "RETREAT", "access", "Allow international involvement"),
    C("0861", "08", 2,   9.0, "RETREAT", "access", "Receive deployment of peacekeepers"),
    C("0862", "08", 2,   9.0, "RETREAT", "access", "Receive inspectors"),
    C("0863", "08", 2,   9.0, "RETREAT", "access", "Allow delivery of humanitarian aid"),
    C("087", "08", 2,   9.0, "RETREAT", NULL, "De-escalate military engagement"),
    C("0871", "08", 2,   9.0, "RETREAT", "ceasefire", "Declare truce, ceasefire"),
    C("0872", "08", 2,   9.0, "RETREAT", NULL, "Ease military blockade"),
    C("0873", "08", 2,   9.0, "RETREAT", "disarm", "Demobilize armed forces"),
    C("0874", "08", 2,  10.0, "RETREAT", "withdraw", "Retreat or surrender militarily"),

    C("09", "09", 2,  -2.0, "ACCUSE", "investigate", "Investigate"),
    C("090", "09", 2,  -2.0, "ACCUSE", "investigate", "Investigate"),
    C("091", "09", 2,  -2.0, "ACCUSE", "investigate", "Investigate crime, corruption"),
    C("092", "09", 2,  -2.0, "ACCUSE", "investigate", "Investigate human rights abuses"),
    C("093", "09", 2,  -2.0, "ACCUSE", "investigate", "Investigate military action"),
    C("094", "09", 2,  -2.0, "ACCUSE", "investigate", "Investigate war crimes"),

    C("10", "10", 3,  -5.0, "REQUEST", NULL, "Demand"),
    C("100", "10", 3,  -5.0, "REQUEST", NULL, "Demand"),
    C("101", "10", 3,  -5.0, "REQUEST", "assist", "Demand material cooperation"),
    C("1011", "10", 3,  -5.0, "REQUEST", "assist", "Demand economic cooperation"),
    C("1012", "10", 3,  -5.0, "REQUEST", "assist", "Demand military cooperation"),
    C("1013", "10", 3,  -5.0, "REQUEST", "assist", "Demand judicial cooperation"),
    C("1014", "10", 3,  -5.0, "REQUEST", "assist", "Demand intelligence cooperation"),
    C("102", "10", 3,  -5.0, "REQUEST", NULL, "Demand diplomatic cooperation (such as policy support)"),
    C("103", "10", 3,  -5.0, "REQUEST", "assist", "Demand aid"),
    C("1031", "10", 3,  -5.0, "REQUEST", "assist", "Demand economic aid"),
    C("1032", "10", 3,  -5.0, "REQUEST", "assist", "Demand military aid"),
    C("1033", "10", 3,  -5.0, "REQUEST", "assist", "Demand humanitarian aid"),
    C("1034", "10", 3,  -5.0, "REQUEST", "assist", "Demand military protection or peacekeeping"),
    C("104", "10", 3,  -5.0, "REQUEST", "change", "Demand political reform"),
    C("1041", "10", 3,  -5.0, "REQUEST", "change", "Demand change in leadership"),
    C("1042", "10", 3,  -5.0, "REQUEST", "change", "Demand policy change"),
    C("1043", "10", 3,  -5.0, "REQUEST", "change", "Demand rights"),
    C("1044", "10", 3,  -5.0, "REQUEST", "change", "Demand change in institutions, regime"),
    C("105", "10", 3,  -5.0, "REQUEST", "yield", "Demand that target yields"),
    C("1051", "10", 3,  -5.0, "REQUEST", "yield", "Demand easing of administrative sanctions"),
    C("1052", "10", 3,  -5.0, "REQUEST", "yield", "Demand easing of popular dissent"),
    C("1053", "10", 3,  -5.0, "REQUEST", "yield", "Demand release of persons or property"),
    C("1054", "10", 3,  -5.0, "REQUEST", "yield", "Demand easing of economic sanctions, boycott, or embargo"),
    C("1055", "10", 3,  -5.0, "REQUEST", "yield", "Demand that target allows international involvement (non-mediation)"),
    C("1056", "10", 3,  -5.0, "REQUEST", "yield", "Demand de-escalation of military engagement"),
    C("106", "10", 3,  -5.0, "REQUEST", "meet", "Demand meeting, negotiation"),
    C("107", "10", 3,  -5.0, "REQUEST", "meet", "Demand settling of dispute"),
    C("108", "10", 3,  -5.0, "REQUEST", "meet", "Demand mediation"),

    C("11", "11", 3,  -2.0, "ACCUSE", NULL, "Disapprove"),
    C("110", "11", 3,  -2.0, "ACCUSE", "disapprove", "Disapprove"),
    C("111", "11", 3,  -2.0, "ACCUSE", "disapprove", "Criticize or denounce"),
    C("112", "11", 3,  -2.0, "ACCUSE", "allege", "Accuse"),
    C("1121", "11", 3,  -2.0, "ACCUSE", "allege", "Accuse of crime, corruption"),
    C("1122", "11", 3,  -2.0, "ACCUSE", "allege", "Accuse of human rights abuses"),
    C("1123", "11", 3,  -2.0, "ACCUSE", "allege", "Accuse of aggression"),
    C("1124", "11", 3,  -2.0, "ACCUSE", "allege", "Accuse of war crimes"),
    C("1125", "11", 3,  -2.0, "ACCUSE", "allege", "Accuse of espionage, treason"),
    C("113", "11", 3,  -2.0, "ACCUSE", NULL, "Rally opposition against"),
    C("114", "11", 3,  -2.0, "ACCUSE", NULL, "Complain officially"),
    C("115", "11", 3,  -2.0, "ACCUSE", NULL, "Bring lawsuit against"),
    C("116", "11", 3,  -2.0, "ACCUSE", NULL, "Find guilty or liable (legally)"),

    C("12", "12", 3,  -4.0, "REJECT", NULL, "Reject"),
    C("120", "12", 3,  -4.0, "REJECT", NULL, "Reject"),
    C("121", "12", 3,  -4.0, "REJECT", "assist", "Reject material cooperation"),
    C("1211", "12", 3,  -4.0, "REJECT", "assist", "Reject economic cooperation"),
    C("1212", "12", 3,  -4.0, "REJECT", "assist", "Reject military cooperation"),
    C("1213", "12", 3,  -4.0, "REJECT", "assist", "Reject judicial cooperation"), /* not in the GDELT table: 3-digit parent value */
    C("1214", "12", 3,  -4.0, "REJECT", "assist", "Reject intelligence cooperation"), /* not in the GDELT table: 3-digit parent value */
    C("122", "12", 3,  -4.0, "REJECT", "assist", "Reject request or demand for material aid"),
    C("1221", "12", 3,  -4.0, "REJECT", "assist", "Reject demand for economic aid"),
    C("1222", "12", 3,  -4.0, "REJECT", "assist", "Reject demand for military aid"),
    C("1223", "12", 3,  -4.0, "REJECT", "assist", "Reject demand for humanitarian aid"),
    C("1224", "12", 3,  -4.0, "REJECT", "assist", "Reject demand for military protection or peacekeeping"),
    C("123", "12", 3,  -4.0, "REJECT", "change", "Reject request or demand for political reform"),
    C("1231", "12", 3,  -4.0, "REJECT", "change", "Reject demand for change in leadership"),
    C("1232", "12", 3,  -4.0, "REJECT", "change", "Reject demand for policy change"),
    C("1233", "12", 3,  -4.0, "REJECT", "change", "Reject demand for rights"),
    C("1234", "12", 3,  -4.0, "REJECT", "change", "Reject demand for change in institutions, regime"),
    C("124", "12", 3,  -4.0, "REJECT", "yield", "Decline to yield"),
    C("1241", "12", 3,  -4.0, "REJECT", "yield", "Decline to ease administrative sanctions"),
    C("1242", "12", 3,  -4.0, "REJECT", "yield", "Decline to ease popular dissent"),
    C("1243", "12", 3,  -4.0, "REJECT", "yield", "Decline to release persons or property"),
    C("1244", "12", 3,  -4.0, "REJECT", "yield", "Decline to ease economic sanctions, boycott, or embargo"),
    C("1245", "12", 3,  -4.0, "REJECT", "yield", "Decline to allow international involvement (non-mediation)"),
    C("1246", "12", 3,  -4.0, "REJECT", "yield", "Decline to de-escalate military engagement"),
    C("125", "12", 3,  -5.0, "REJECT", "meet", "Reject proposal to meet, discuss, negotiate"),
    C("126", "12", 3,  -5.0, "REJECT", "meet", "Reject mediation"),
    C("127", "12", 3,  -5.0, "REJECT", "meet", "Reject plan, agreement to settle dispute"),
    C("128", "12", 3,  -5.0, "REJECT", NULL, "Defy norms, law"),
    C("129", "12", 3,  -5.0, "REJECT", NULL, "Veto"),

    C("13", "13", 3,  -6.0, "THREATEN", NULL, "Threaten"),
    C("130", "13", 3,  -4.4, "THREATEN", NULL, "Threaten"),
    C("131", "13", 3,  -5.8, "THREATEN", NULL, "Threaten non-force"),
    C("1311", "13", 3,  -5.8, "THREATEN", NULL, "Threaten to reduce or stop aid"),
    C("1312", "13", 3,  -5.8, "THREATEN", NULL, "Threaten to boycott, embargo, or sanction"),
    C("1313", "13", 3,  -5.8, "THREATEN", "relations", "Threaten to reduce or break relations"),
    C("132", "13", 3,  -5.8, "THREATEN", "restrict", "Threaten with administrative sanctions"),
    C("1321", "13", 3,  -5.8, "THREATEN", "restrict", "Threaten to impose restrictions on freedoms of speech and expression"),
    C("1322", "13", 3,  -5.8, "THREATEN", "restrict", "Threaten to ban political parties or politicians"),
    C("1323", "13", 3,  -5.8, "THREATEN", "restrict", "Threaten to impose curfew"),
    C("1324", "13", 3,  -5.8, "THREATEN", "restrict", "Threaten to impose state of emergency or martial law"),
    C("133", "13", 3,  -5.8, "THREATEN", NULL, "Threaten with political dissent, protest"),
    C("134", "13", 3,  -5.8, "THREATEN", NULL, "Threaten to halt negotiations"),
    C("135", "13", 3,  -5.8, "THREATEN", NULL, "Threaten to halt mediation"),
    C("136", "13", 3,  -7.0, "THREATEN", "expel", "Threaten to halt (expel or withdraw) international involvement (non-mediation)"),
    C("137", "13", 3,  -7.0, "THREATEN", "violence", "Threaten with violent repression"),
    C("138", "13", 3,  -7.0, "THREATEN", "violence", "Threaten to use military force"),
    C("1381", "13", 3,  -7.0, "THREATEN", "violence", "Threaten blockade"),
    C("1382", "13", 3,  -7.0, "THREATEN", "territory", "Threaten occupation"),
    C("1383", "13", 3,  -7.0, "THREATEN", "violence", "Threaten unconventional violence"),
    C("1384", "13", 3,  -7.0, "THREATEN", "violence", "Threaten conventional attack"),
    C("1385", "13", 3,  -7.0, "THREATEN", "violence", "Threaten attack with WMD"),
    C("139", "13", 3,  -7.0, "THREATEN", NULL, "Give ultimatum"),

    C("14", "14", 3,  -6.5, "PROTEST", NULL, "Protest"),
    C("140", "14", 3,  -6.5, "PROTEST", NULL, "Engage in political dissent"),
    C("141", "14", 3,  -6.5, "PROTEST", "demo", "Demonstrate or rally"),
    C("1411", "14", 3,  -6.5, "PROTEST", "demo", "Demonstrate for leadership change"),
    C("1412", "14", 3,  -6.5, "PROTEST", "demo", "Demonstrate for policy change"),
    C("1413", "14", 3,  -6.5, "PROTEST", "demo", "Demonstrate for rights"),
    C("1414", "14", 3,  -6.5, "PROTEST", "demo", "Demonstrate for change in institutions, regime"),
    C("142", "14", 3,  -6.5, "PROTEST", "hunger", "Conduct hunger strike"),
    C("1421", "14", 3,  -6.5, "PROTEST", "hunger", "Conduct hunger strike for leadership change"),
    C("1422", "14", 3,  -6.5, "PROTEST", "hunger", "Conduct hunger strike for policy change"),
    C("1423", "14", 3,  -6.5, "PROTEST", "hunger", "Conduct hunger strike for rights"),
    C("1424", "14", 3,  -6.5, "PROTEST", "hunger", "Conduct hunger strike for change in institutions, regime"),
    C("143", "14", 3,  -6.5, "PROTEST", "strike", "Conduct strike or boycott"),
    C("1431", "14", 3,  -6.5, "PROTEST", "strike", "Conduct strike or boycott for change in leadership"),
    C("1432", "14", 3,  -6.5, "PROTEST", "strike", "Conduct strike or boycott for policy change"),
    C("1433", "14", 3,  -6.5, "PROTEST", "strike", "Conduct strike or boycott for rights"),
    C("1434", "14", 3,  -6.5, "PROTEST", "strike", "Conduct strike or boycott for change in institutions, regime"),
    C("144", "14", 3,  -7.5, "PROTEST", "obstruct", "Obstruct passage, block"),
    C("1441", "14", 3,  -7.5, "PROTEST", "obstruct", "Obstruct passage to demand change in leadership"),
    C("1442", "14", 3,  -7.5, "PROTEST", "obstruct", "Obstruct passage to demand policy change"),
    C("1443", "14", 3,  -7.5, "PROTEST", "obstruct", "Obstruct passage to demand rights"),
    C("1444", "14", 3,  -7.5, "PROTEST", "obstruct", "Obstruct passage to demand change in institutions, regime"),
    C("145", "14", 3,  -7.5, "PROTEST", "riot", "Protest violently, riot"),
    C("1451", "14", 3,  -7.5, "PROTEST", "riot", "Engage in violent protest for change in leadership"),
    C("1452", "14", 3,  -7.5, "PROTEST", "riot", "Engage in violent protest for policy change"),
    C("1453", "14", 3,  -7.5, "PROTEST", "riot", "Engage in violent protest for rights"),
    C("1454", "14", 3,  -7.5, "PROTEST", "riot", "Engage in violent protest for change in institutions, regime"),

    C("15", "15", 4,  -7.2, "MOBILIZE", NULL, "Exhibit force posture"),
    C("150", "15", 4,  -7.2, "MOBILIZE", NULL, "Demonstrate military or police power"),
    C("151", "15", 4,  -7.2, "MOBILIZE", "police", "Increase police alert status"),
    C("152", "15", 4,  -7.2, "MOBILIZE", "troops", "Increase military alert status"),
    C("153", "15", 4,  -7.2, "MOBILIZE", "police", "Mobilize or increase police power"),
    C("154", "15", 4,  -7.2, "MOBILIZE", "troops", "Mobilize or increase armed forces"),

    C("16", "16", 4,  -4.0, "SANCTION", NULL, "Reduce relations"),
    C("160", "16", 4,  -4.0, "SANCTION", NULL, "Reduce relations"),
    C("161", "16", 4,  -4.0, "SANCTION", "withdraw", "Reduce or break diplomatic relations"),
    C("162", "16", 4,  -5.6, "SANCTION", "discontinue", "Reduce or stop aid"),
    C("1621", "16", 4,  -5.6, "SANCTION", "discontinue", "Reduce or stop economic assistance"),
    C("1622", "16", 4,  -5.6, "SANCTION", "discontinue", "Reduce or stop military assistance"),
    C("1623", "16", 4,  -5.6, "SANCTION", "discontinue", "Reduce or stop humanitarian assistance"),
    C("163", "16", 4,  -8.0, "COERCE", "restrict", "Impose embargo, boycott, or sanctions"),
    C("164", "16", 4,  -7.0, "SANCTION", NULL, "Halt negotiations"),
    C("165", "16", 4,  -6.5, "SANCTION", NULL, "Halt mediation"),
    C("166", "16", 4,  -7.0, "SANCTION", "expel", "Expel or withdraw"),
    C("1661", "16", 4,  -7.0, "SANCTION", "expel", "Expel or withdraw peacekeepers"),
    C("1662", "16", 4,  -7.0, "SANCTION", "expel", "Expel or withdraw inspectors, observers"),
    C("1663", "16", 4,  -7.0, "SANCTION", "expel", "Expel or withdraw aid agencies"),

    C("17", "17", 4,  -7.0, "COERCE", NULL, "Coerce"),
    C("170", "17", 4,  -7.0, "COERCE", NULL, "Coerce"),
    C("171", "17", 4,  -9.2, "COERCE", "seize", "Seize or damage property"),
    C("1711", "17", 4,  -9.2, "COERCE", "seize", "Confiscate property"),
    C("1712", "17", 4,  -9.2, "ASSAULT", "destroy", "Destroy property"),
    C("172", "17", 4,  -5.0, "COERCE", "restrict", "Impose administrative sanctions"),
    C("1721", "17", 4,  -5.0, "COERCE", "censor", "Impose restrictions on freedoms of speech and expression"),
    C("1722", "17", 4,  -5.0, "COERCE", "restrict", "Ban political parties or politicians"),
    C("1723", "17", 4,  -5.0, "COERCE", "curfew", "Impose curfew"),
    C("1724", "17", 4,  -5.0, "COERCE", "martial-law", "Impose state of emergency or martial law"),
    C("173", "17", 4,  -5.0, "COERCE", "arrest", "Arrest, detain, or charge with legal action"),
    C("174", "17", 4,  -5.0, "COERCE", "deport", "Expel or deport individuals"),
    C("175", "17", 4,  -9.0, "ASSAULT", NULL, "Use violent repression"),

    C("18", "18", 4,  -9.0, "ASSAULT", NULL, "Assault"),
    C("180", "18", 4,  -9.0, "ASSAULT", NULL, "Use unconventional violence"),
    C("181", "18", 4,  -9.0, "ASSAULT", "abduct", "Abduct, hijack"),
    C("182", "18", 4,  -9.5, "ASSAULT", "beat", "Physically assault"),
    C("1821", "18", 4,  -9.0, "ASSAULT", "sexual", "Sexually assault"),
    C("1822", "18", 4,  -9.0, "ASSAULT", "torture", "Torture"),
    C("1823", "18", 4, -10.0, "ASSAULT", "beat", "Kill by physical assault"),
    C("183", "18", 4, -10.0, "ASSAULT", "explosives", "Conduct suicide, car, or other non-military bombing"),
    C("1831", "18", 4, -10.0, "ASSAULT", "suicide-attack", "Carry out suicide bombing"),
    C("1832", "18", 4, -10.0, "ASSAULT", "explosives", "Carry out car bombing"),
    C("1833", "18", 4, -10.0, "ASSAULT", "explosives", "Carry out roadside bombing"),
    C("184", "18", 4,  -8.0, "ASSAULT", NULL, "Use as human shield"),
    C("185", "18", 4,  -8.0, "ASSAULT", "targeted", "Attempt to assassinate"),
    C("186", "18", 4, -10.0, "ASSAULT", "targeted", "Assassinate"),

    C("19", "19", 4, -10.0, "ASSAULT", NULL, "Fight"),
    C("190", "19", 4, -10.0, "ASSAULT", NULL, "Use conventional military force"),
    C("191", "19", 4,  -9.5, "COERCE", "restrict", "Impose blockade, restrict movement"),
    C("192", "19", 4,  -9.5, "COERCE", "seize", "Occupy territory"),
    C("193", "19", 4, -10.0, "ASSAULT", "firearms", "Fight with small arms and light weapons"),
    C("194", "19", 4, -10.0, "ASSAULT", "heavy-weapons", "Fight with artillery and tanks"),
    C("195", "19", 4, -10.0, "ASSAULT", "aerial", "Employ aerial weapons"),
    C("196", "19", 4,  -9.5, "ASSAULT", NULL, "Violate ceasefire"),

    C("20", "20", 4, -10.0, "ASSAULT", "unconventional", "Use unconventional mass violence"),
    C("200", "20", 4, -10.0, "ASSAULT", "unconventional", "Use unconventional mass violence"),
    C("201", "20", 4,  -9.5, "ASSAULT", "unconventional", "Engage in mass expulsion"),
    C("202", "20", 4, -10.0, "ASSAULT", "unconventional", "Engage in mass killings"),
    C("203", "20", 4, -10.0, "ASSAULT", "unconventional", "Engage in ethnic cleansing"),
    C("204", "20", 4, -10.0, "ASSAULT", "unconventional", "Use weapons of mass destruction"),
    C("2041", "20", 4, -10.0, "ASSAULT", "unconventional", "Use chemical, biological, or radiological weapons"),
    C("2042", "20", 4, -10.0, "ASSAULT", "unconventional", "Detonate nuclear weapons"),
};

#undef C

#define TABLE_SIZE (sizeof table / sizeof table[0])

/* Binary search for the first `n` bytes of `code` as a whole code. */
static const cameo_code *find(const char *code, size_t n)
{
    size_t lo = 0, hi = TABLE_SIZE;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *c = table[mid].code;
        int cmp = strncmp(c, code, n);
        if (cmp == 0 && c[n] != '\0')
            cmp = 1; /* c is longer than the key, so it sorts after it */
        if (cmp == 0)
            return &table[mid];
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const cameo_code *cameo_lookup(const char *code)
{
    if (!code)
        return NULL;
    size_t n = strlen(code);
    if (n < 2 || n > 4)
        return NULL;
    return find(code, n);
}

const cameo_code *cameo_lookup_nearest(const char *code)
{
    if (!code)
        return NULL;
    size_t n = strnlen(code, 5);
    if (n > 4)
        n = 4;
    for (; n >= 2; n--) {
        const cameo_code *c = find(code, n);
        if (c)
            return c;
    }
    return NULL;
}

bool cameo_is_valid(const char *code)
{
    return cameo_lookup(code) != NULL;
}

size_t cameo_count(void)
{
    return TABLE_SIZE;
}

const cameo_code *cameo_at(size_t i)
{
    return i < TABLE_SIZE ? &table[i] : NULL;
}

const char *cameo_quad_class_name(int quad_class)
{
    static const char *const names[] = {"verbal cooperation", "material cooperation",
                                        "verbal conflict", "material conflict"};
    return quad_class >= 1 && quad_class <= 4 ? names[quad_class - 1] : NULL;
}

/* The three letters of a code as one number, to compare with a word's worth of work. */
#define KEY3(a, b, c) ((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))

bool cameo_actor_is_state(const char *actor)
{
    static const uint32_t NOT_STATES[] = {KEY3('I', 'G', 'O'), KEY3('N', 'G', 'O'),
                                          KEY3('N', 'G', 'M'), KEY3('M', 'N', 'C'),
                                          KEY3('I', 'M', 'G'), KEY3('E', 'U', 'R'),
                                          KEY3('W', 'S', 'T'), KEY3('A', 'F', 'R'),
                                          KEY3('M', 'E', 'A'), KEY3('A', 'S', 'A')};
    if (!actor)
        return false;
    /* three capitals (a shorter code stops at its NUL, which is none) */
    for (int i = 0; i < 3; i++)
        if (actor[i] < 'A' || actor[i] > 'Z')
            return false;
    uint32_t key = KEY3(actor[0], actor[1], actor[2]);
    for (size_t i = 0; i < sizeof NOT_STATES / sizeof NOT_STATES[0]; i++)
        if (key == NOT_STATES[i])
            return false;
    return true;
}
