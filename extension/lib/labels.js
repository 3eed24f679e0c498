// Words for the core's vocabulary, as a person reads them.

export const POSITIONS = { sitting: 'Sitting', standing: 'Standing', floor: 'On the floor' };
export const PLACES = { desk: 'At my desk', office: 'In the office', home: 'At home', anywhere: 'Anywhere' };
export const WEEKDAYS = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
export const BODY_AREAS = {
  neck: 'Neck', shoulders: 'Shoulders', 'upper-back': 'Upper back', 'lower-back': 'Lower back', chest: 'Chest',
  arms: 'Arms', wrists: 'Wrists', hands: 'Hands', core: 'Core', hips: 'Hips', glutes: 'Glutes',
  hamstrings: 'Hamstrings', quads: 'Thighs (front)', legs: 'Legs', calves: 'Calves', ankles: 'Ankles',
  feet: 'Feet', eyes: 'Eyes',
};
export const CONDITIONS = {
  'disc-injury': 'A disc injury or disc condition',
  pregnancy: 'Pregnancy',
  'radiating-leg-pain': 'Pain, numbness or tingling that spreads down a leg',
  'recent-injury': 'A recent injury',
  'wrist-pain': 'Wrist pain or carpal tunnel symptoms',
  'neck-injury': 'A neck injury',
  'shoulder-injury': 'A shoulder injury',
  'knee-pain': 'Knee pain',
  'high-blood-pressure': 'High blood pressure',
};
export const THEMES = { system: 'As my system', light: 'Light', dark: 'Dark' };
