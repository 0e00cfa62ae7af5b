import type { GuidelineContent } from '@jumugwan/contracts';

/**
 * Version 1, shipped with the platform so that an institution is covered from its first day. Modelled on the
 * guidelines and checklist Busan Metropolitan City issued for its staff's use of generative AI; a platform
 * admin adapts it by publishing version 2.
 */
export const builtInGuidelines: GuidelineContent = {
  title: '생성형 AI 업무 활용 지침',
  introduction:
    '생성형 AI는 문서 초안, 자료 조사, 요약과 번역을 돕는 도구입니다. 업무에 쓸 때에는 아래 원칙을 지키고, 답변을 업무에 쓰기 전에 점검표를 확인하세요. 최종 판단과 책임은 담당 공무원에게 있습니다.',
  principles: [
    {
      title: '공정성',
      description:
        'AI의 답변에는 학습 자료의 편향이 담길 수 있습니다. 성별·나이·지역·장애 등을 이유로 한 차별이나 고정관념이 없는지 살피고, 특정 집단에 불리한 결정에 AI 답변을 그대로 쓰지 않습니다.',
    },
    {
      title: '신뢰성',
      description:
        'AI는 그럴듯하지만 사실이 아닌 내용(환각)을 만들 수 있습니다. 사실, 수치, 법령 조문, 인용은 반드시 원문과 공식 자료로 확인한 뒤 씁니다.',
    },
    {
      title: '보안·개인정보 보호',
      description:
        '주민등록번호, 연락처, 주소, 건강 정보 같은 개인정보와 비공개·대외주의 문서는 입력하지 않습니다. 내부 문서는 기관 안의 모델에서만 다루고, 외부 모델에는 공개해도 되는 내용만 보냅니다.',
    },
    {
      title: '투명성',
      description:
        'AI를 활용해 만든 문서나 자료에는 그 사실을 밝힙니다(「인공지능 발전과 신뢰 기반 조성 등에 관한 기본법」의 표시 의무). 민원인에게 보내는 답변에 AI가 쓴 부분이 있으면 담당자가 검토했음을 분명히 합니다.',
    },
    {
      title: '책임성',
      description:
        'AI는 보조 도구일 뿐 결정의 주체가 아닙니다. AI의 답변을 쓴 결과에 대한 책임은 그것을 채택한 담당자와 결재권자에게 있으며, 행정 처분·인허가·예산 같은 판단을 AI에 맡기지 않습니다.',
    },
    {
      title: '저작권 존중',
      description:
        'AI가 만든 글과 이미지가 다른 사람의 저작물과 같거나 비슷할 수 있습니다. 출처를 확인하고, 보도자료·홍보물처럼 밖으로 나가는 자료는 저작권 침해가 없는지 살핍니다.',
    },
  ],
  checklist: [
    { text: '답변의 사실, 수치, 날짜를 원문이나 공식 통계로 확인했습니다.' },
    { text: '인용한 법령과 조문을 국가법령정보센터의 원문으로 확인했습니다.' },
    { text: '개인정보와 비공개 정보를 입력하지 않았습니다.' },
    { text: 'AI를 활용했다는 사실을 문서에 표시했습니다.' },
    { text: '다른 사람의 저작물을 그대로 옮기지 않았는지 확인했습니다.' },
    { text: '차별적이거나 편향된 표현이 없는지 검토했습니다.' },
    { text: '최종 판단은 AI가 아니라 담당자인 제가 했습니다.' },
  ],
};
