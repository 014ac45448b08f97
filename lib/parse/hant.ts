import { simplifier, TITLE_SIMPLIFIED, TITLE_TRADITIONAL } from './hant-title';

// The title words first (lib/parse/hant-title.ts), then the rest.
const TRADITIONAL =
  TITLE_TRADITIONAL +
  '處請況體們關於議訟複結轉並項條範許罰強費購數據機構業產權護糾審維無適門區縣鎮鄉廳會員發應類層戶網頁廢現減額採獲險這問題進繼續實證書職責衛醫義國為當對從來時間觀讓經營環樣學習種動勞傳價內兩嚴個億萬東豐臨舉樂買亂爭虧雲親僅眾優偉側係稅財撥號稱狀執則標準協調監導領組織設歸檔夠說訂認識級紀紹細線練綜編績繳緊縮聯聽態慮憑戰擔擴擊斷曆歷檢樓歡殘氣沒漢滿濟熱燈爾牆獎獨瑪畫盡盤確禮離穩窮競筆節築簡糧約紅納紙終給絕綠緣聖聞肅脅腦舊藝蘇蟲補覽視覺記訪診註詢試詳誠誰課談諮講變貝負貢貧貨販賓賣質贊趙車軍軟較載輔輕輸轄連週運過達違遠遷選遺還邊鄭釋針銀銷鋪錢錯鍵長閉閒閱闊陽際陳陸隊隨隱雖雙雜難電韓順須頭顏願顧風飛館馬驗黨齊龍廣莊慶廠歲屆屬岡島峽崗嶺幣帶幫幹廟彈後憲懷戲擇擬擁攜敘敵暫術樞樹橋歐殺氫沖淨涼湯溝滅漁潔澤濕災煙爺猶獻瑤畢異療癥盧碼礎祿禍窯竊筍箏籃籌簽粵紛絡緒緝縱繩繪罷羅翹聲膽臉臺艦華葉蔣蕭薦藥蘭蟬衝裝襲覓討訓託詐評詞話該語誤誘諾謀謝譯譽豬貓賀賠賦賬賴趕躍輛輝轟辭農迴遞遜遲郵鄰醜鈴鉤銳鋼錦鍋鎖鐵鑒閃閣闖闡陣陰隸雞靈靜響頂頒頓頗頻顯颱飯飲養餘駐騎騰驅驚鬥鬧魚鳥鳳鴻麥黃齒龜併佈佔侖倆倉倫偽傘備傢傭債傷傾僑僕儀儘償儲兒兌冊寫凈凍凱劇劉劍勁勝勢勵勸卻厲厭參叢吳啟喚喪喬嗎嘆嘗嘩噸囑圍園圓圖團堅場塊塗塵墊墳壓壞壯壺壽夢奪奮妝婦媽嬰孫寧寶將尋屢嶽巖師帳幀廂廈廚彌彎徑徹恆悅惡惱愛愷慣憂懲懶懸戀掃掛揚換損搶摯撫擠擾攏攔敗斂斬暢曉曬樁樸橫櫃毀洩浹涇淚淵測渾湊湧溫滬滯漲漸潛潤澀濁濱灣爐燒燦牠犧獅獵玀瑣璽瓊畝疊瘋癢皚盜盞睜矯礙禦禪稈稜穀窩竄筧篩簞籠粧糞糴緩縫纖罈羨聳脫脹腎膠艙艱莖蒼蓋蓮薩藍蘋蝦蠟衆褲觸証詛誇諒諸謊謎謹譏讚豎貫貯貼賜賢賤賺贈贏趨跡踐蹤軌軒軸輩輪轎辯遙鄒醞釀鈔鉛銅鋒鍊鏈鑰鑽閘闆陝隻雋霧韌頸顆飄餅饑驕髒鬆鹽麵黴齡齣鉅蹟鑑裏裡麼榦穫蘊鐘鍾繫彆蒐佇';
const SIMPLIFIED =
  TITLE_SIMPLIFIED +
  '处请况体们关于议讼复结转并项条范许罚强费购数据机构业产权护纠审维无适门区县镇乡厅会员发应类层户网页废现减额采获险这问题进继续实证书职责卫医义国为当对从来时间观让经营环样学习种动劳传价内两严个亿万东丰临举乐买乱争亏云亲仅众优伟侧系税财拨号称状执则标准协调监导领组织设归档够说订认识级纪绍细线练综编绩缴紧缩联听态虑凭战担扩击断历历检楼欢残气没汉满济热灯尔墙奖独玛画尽盘确礼离稳穷竞笔节筑简粮约红纳纸终给绝绿缘圣闻肃胁脑旧艺苏虫补览视觉记访诊注询试详诚谁课谈咨讲变贝负贡贫货贩宾卖质赞赵车军软较载辅轻输辖连周运过达违远迁选遗还边郑释针银销铺钱错键长闭闲阅阔阳际陈陆队随隐虽双杂难电韩顺须头颜愿顾风飞馆马验党齐龙广庄庆厂岁届属冈岛峡岗岭币带帮干庙弹后宪怀戏择拟拥携叙敌暂术枢树桥欧杀氢冲净凉汤沟灭渔洁泽湿灾烟爷犹献瑶毕异疗症卢码础禄祸窑窃笋筝篮筹签粤纷络绪缉纵绳绘罢罗翘声胆脸台舰华叶蒋萧荐药兰蝉冲装袭觅讨训托诈评词话该语误诱诺谋谢译誉猪猫贺赔赋账赖赶跃辆辉轰辞农回递逊迟邮邻丑铃钩锐钢锦锅锁铁鉴闪阁闯阐阵阴隶鸡灵静响顶颁顿颇频显台饭饮养余驻骑腾驱惊斗闹鱼鸟凤鸿麦黄齿龟并布占仑俩仓伦伪伞备家佣债伤倾侨仆仪尽偿储儿兑册写净冻凯剧刘剑劲胜势励劝却厉厌参丛吴启唤丧乔吗叹尝哗吨嘱围园圆图团坚场块涂尘垫坟压坏壮壶寿梦夺奋妆妇妈婴孙宁宝将寻屡岳岩师帐帧厢厦厨弥弯径彻恒悦恶恼爱恺惯忧惩懒悬恋扫挂扬换损抢挚抚挤扰拢拦败敛斩畅晓晒桩朴横柜毁泄浃泾泪渊测浑凑涌温沪滞涨渐潜润涩浊滨湾炉烧灿它牺狮猎猡琐玺琼亩叠疯痒皑盗盏睁矫碍御禅秆棱谷窝窜笕筛箪笼妆粪籴缓缝纤坛羡耸脱胀肾胶舱艰茎苍盖莲萨蓝苹虾蜡众裤触证诅夸谅诸谎谜谨讥赞竖贯贮贴赐贤贱赚赠赢趋迹践踪轨轩轴辈轮轿辩遥邹酝酿钞铅铜锋炼链钥钻闸板陕只隽雾韧颈颗飘饼饥骄脏松盐面霉龄出巨迹鉴里里么干获蕴钟钟系别搜伫';

const convert = simplifier(TRADITIONAL, SIMPLIFIED);
// Which UTF-16 units are in the table, one byte each (64 KB, built on first use): nearly every text
// a report holds has none, and a look-up per character costs a tenth of the pattern's scan.
let traditional: Uint8Array | undefined;

/** Traditional → simplified for the characters report titles, labels and headings use, so
 * traditional-character mirrors of a page (繁體版) read like the original. Not a general converter. */
export function toSimplified(text: string): string {
  if (!traditional) {
    traditional = new Uint8Array(0x10000);
    for (let i = 0; i < TRADITIONAL.length; i++) traditional[TRADITIONAL.charCodeAt(i)] = 1;
  }
  for (let i = 0; i < text.length; i++) if (traditional[text.charCodeAt(i)] === 1) return convert(text);
  return text;
}
