import { ruleTable, withLine } from "../helpers.js";

ruleTable("doc/activity-too-vague", "warning", {
  flags: [
    ["'therapy session' (FCSO / Noridian JF vague-note findings)", withLine("97530", "therapy session")],
    ["'exercises'", withLine("97110", "Exercises")],
    ["'pt tolerated well'", withLine("97110", "pt tolerated well")],
    ["capitals: 'THER EX PER POC. PT TOL WELL.'", withLine("97110", "THER EX PER POC. PT TOL WELL.")],
    ["restating the code", withLine("97530", "Therapeutic activities, functional training")],
    ["'TE as per flowsheet'", withLine("97110", "TE as per flowsheet")],
    ["'Continued w/ tx plan, pt did good'", withLine("97112", "Continued w/ tx plan, pt did good")],
    ["SLP template: 'Speech tx provided. Goals addressed.'", withLine("92507", "Speech tx provided. Goals addressed.")],
    ["Spanish template: 'Ejercicios de terapia'", withLine("97110", "Ejercicios de terapia")],
    ["'Functional activities x 15 min': a duration names nothing done", withLine("97530", "Functional activities x 15 min, pt did well")],
    ["Spanish filler: 'Terapia física, ejercicios en casa revisados con el paciente'", withLine("97110", "Terapia física, ejercicios en casa revisados con el paciente")],
  ],
  passes: [
    ["PT shorthand with sets and reps", withLine("97110", "SLR 3x10, bridges 2 x 15, clamshells w/ red TB")],
    ["transfers with assistance level", withLine("97530", "sit<>stand x10 w/ min A; VCs for hand placement")],
    ["OT ADL list", withLine("97535", "LB dressing w/ reacher & sock aid, CGA, VCs for hip precautions")],
    ["SLP", withLine("92507", "Naming tasks at word level 80% acc w/ min verbal cues")],
    ["gait", withLine("97116", "Gait training 150 ft x2 w/ RW, CGA")],
    ["manual", withLine("97140", "STM R UT/levator, grade III PA glides T4-T6")],
    ["specific words the lexicon does not know", withLine("97110", "Pallof press, anti-rotation holds, dead bugs")],
    ["unknown code: rule does not read it", withLine("20560", "therapy session")],
    ["no text: activity-missing's job, not this rule's", withLine("97110", "")],
  ],
});
