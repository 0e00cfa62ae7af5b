import type { ProvidedStatute } from '@jumugwan/contracts';

/** Statute excerpts as users paste them, for the verifier's tests. */
export const roadTrafficAct: ProvidedStatute = {
  name: '도로교통법',
  text: [
    '제5조(신호 또는 지시에 따를 의무) ① 도로를 통행하는 보행자와 차마의 운전자는 교통안전시설이 표시하는 신호 또는 지시를 따라야 한다.',
    '② 도로를 통행하는 보행자와 모든 차마의 운전자는 제1항에 따른 교통안전시설이 표시하는 신호 또는 지시와 경찰공무원등의 신호 또는 지시가 서로 다른 경우에는 경찰공무원등의 신호 또는 지시에 따라야 한다.',
    '제32조(정차 및 주차의 금지) 모든 차의 운전자는 다음 각 호의 어느 하나에 해당하는 곳에서는 차를 정차하거나 주차하여서는 아니 된다. <개정 2020. 6. 9.>',
    '1. 교차로ㆍ횡단보도ㆍ건널목이나 보도와 차도가 구분된 도로의 보도',
    '2. 교차로의 가장자리나 도로의 모퉁이로부터 5미터 이내인 곳',
    '제33조(주차금지의 장소) 모든 차의 운전자는 다음 각 호의 어느 하나에 해당하는 곳에 차를 주차해서는 아니 된다. 제32조에 따른 곳도 같다.',
  ].join('\n'),
};

/** An excerpt pasted as one line, with a branch article. */
export const roadTrafficDecree: ProvidedStatute = {
  name: '「도로교통법 시행령」',
  text: '제10조(보호구역의 지정) ① 시장등은 보호구역을 지정할 수 있다. 제10조의2(어린이 보호구역) ① 시장등은 어린이 보호구역을 지정한다. ② 제1항의 절차는 행정안전부령으로 정한다.',
};
