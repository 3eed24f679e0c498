// Words for the core's vocabulary, as a person reads them, in the browser's language.
import { t } from './i18n.js';

export const POSITIONS = { sitting: t('positionSitting'), standing: t('positionStanding'), floor: t('positionFloor') };
export const PLACES = { desk: t('placeDesk'), office: t('placeOffice'), home: t('placeHome'), anywhere: t('placeAnywhere') };
export const WEEKDAYS = {
  mon: t('weekdayMon'), tue: t('weekdayTue'), wed: t('weekdayWed'), thu: t('weekdayThu'), fri: t('weekdayFri'),
  sat: t('weekdaySat'), sun: t('weekdaySun'),
};
export const BODY_AREAS = {
  neck: t('areaNeck'), shoulders: t('areaShoulders'), 'upper-back': t('areaUpperBack'), 'lower-back': t('areaLowerBack'),
  chest: t('areaChest'), arms: t('areaArms'), wrists: t('areaWrists'), hands: t('areaHands'), core: t('areaCore'),
  hips: t('areaHips'), glutes: t('areaGlutes'), hamstrings: t('areaHamstrings'), quads: t('areaQuads'), legs: t('areaLegs'),
  calves: t('areaCalves'), ankles: t('areaAnkles'), feet: t('areaFeet'), eyes: t('areaEyes'),
};
export const CONDITIONS = {
  'disc-injury': t('conditionDiscInjury'),
  pregnancy: t('conditionPregnancy'),
  'radiating-leg-pain': t('conditionRadiatingLegPain'),
  'recent-injury': t('conditionRecentInjury'),
  'wrist-pain': t('conditionWristPain'),
  'neck-injury': t('conditionNeckInjury'),
  'shoulder-injury': t('conditionShoulderInjury'),
  'knee-pain': t('conditionKneePain'),
  'high-blood-pressure': t('conditionHighBloodPressure'),
  osteoporosis: t('conditionOsteoporosis'),
  'hip-replacement': t('conditionHipReplacement'),
  'balance-problems': t('conditionBalanceProblems'),
  glaucoma: t('conditionGlaucoma'),
};
export const THEMES = { system: t('themeSystem'), light: t('themeLight'), dark: t('themeDark') };
export const TIMES_OF_DAY = { morning: t('timeMorning'), mid: t('timeMid'), evening: t('timeEvening') };
// What a user can want from breaks (the welcome asks), and the focus areas each sets.
export const GOALS = {
  back: t('goalBack'), 'neck-shoulders': t('goalNeckShoulders'), wrists: t('goalWrists'), eyes: t('goalEyes'), hips: t('goalHips'),
};
export const GOAL_AREAS = {
  back: ['upper-back', 'lower-back'], 'neck-shoulders': ['neck', 'shoulders'], wrists: ['wrists', 'hands'], eyes: ['eyes'],
  hips: ['hips', 'glutes'],
};
