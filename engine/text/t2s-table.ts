// A small Traditional → Simplified character table: the characters customer-service replies use, not the
// full OpenCC dictionary, so the analyzer stays small enough for the browser. The readable list is
// tests/text/t2s-pairs.txt (pairs "TS", sorted by T); it is stored here delta-encoded, which costs a
// third less gzipped than the characters themselves (a bundler writes each one as a \\uXXXX escape).

/** Encode "TS" pairs (sorted by T) as "tDelta,sMinusT;" in base 36. */
export function encodeT2sPairs(pairs: string): string {
  const out: string[] = [];
  let prev = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const t = pairs.charCodeAt(i);
    out.push(`${(t - prev).toString(36)},${(pairs.charCodeAt(i + 1) - t).toString(36)}`);
    prev = t;
  }
  return out.join(';');
}

/** Decode the table back into "TS" pairs. */
export function decodeT2sPairs(encoded: string): string {
  let prev = 0;
  let out = '';
  for (const item of encoded.split(';')) {
    const comma = item.indexOf(',');
    prev += parseInt(item.slice(0, comma), 36);
    out += String.fromCharCode(prev, prev + parseInt(item.slice(comma + 1), 36));
  }
  return out;
}

const ENCODED =
  'ffj,3;7,380;82,2wr;1q,4pr;1o,8xl;1w,-t;3,-8m;2,-dd;6,-85;1k,-8a;17,-5p;1,-5r;8,-9f;k,4in;8,1ny;9,26s;h,-b7;2,-' +
  '3f;2,-b7;7,-3k;7,-e8;1g,-ea;7,-eu;4,-g5;k,279;7,-4g;b,-eq;8,-3u;w,-j;l,u;2,-n9;x,2;1v,-i;2g,6;y,-1a;k,-1t;q,-2' +
  'i;e,-35;4,-w;a,-27;1c,-f;k,-19;4,-1k;4,933;1,-17;4,-z;j,-1w;1m,4yg;h,-6;k,-5;13,-7;1j,-15;h,-1;v,-153;29,1;4u,' +
  '-3t;32,crj;g,-8g;1n,-3a;i,-1g8;2,-gp;w,-c7;21,16u;2p,-gg;1,1qy;e,-hg;e,-1l;p,-il;6,-1ov;l,-9l;8,-4g;1m,-e;2,-p' +
  ';5,-11;1,-d;3,-o;2,-1i;67,228;1m,22c;3,-6y;m,-6r;d,46j;3g,-11k;b,-b3;s,-4;3,le;z,-1;2,32c;3,-1zg;1x,-1c;4,-z;6' +
  'w,-67;2f,-8l;4u,-i;d,-i;32,-20;1,-2u;2,-20;2,-21e;1,-1b;a,-2h;h,-1;1,-2r9;3,-g;2,-k;1,-i;1k,4;u,-y;8,-e;cf,-z;' +
  '8,99v;3,-g;19,-2q;8,-1p;j,-2hq;19,-o;1b,-27m;6,-28u;3,-2s;g,-29a;1u,-l;2,3;h,-f;6,-v;b,2jy;1f,-29q;5,-d;d,-3bk' +
  ';b,-1b0;c,-1g;4,-1q;8o,-39;16,3di;1c,-96;o,-38;b,7ab;8,-kw;c,-bf;e,-ac;1,-338;j,-3k;z,-9g;2,-mt;15,-7d;4,-10;1' +
  ',-dz;9,-c5;1c,-o;2,-z;4,1;45,-1c;4d,61x;r,-7s;o,-49;6,946;v,-65;q,-a6;1,-3d;1e,-4u;9,1d;w,-b8;1l,-9h;2a,-d8;6,' +
  '-da;3,-3pr;1,-bu;9,-en;6,-a4;6,-cc;c,-el;8,-i3;6,-50;4,-i6;m,-fi;8,-6a;1,-61;1m,7v2;u,-15;3,-8;1r,-a;5,-4ku;3q' +
  ',-24;2o,2w3;9,-15;r,-3sw;3,-3a;1b,-4uq;b,-4q1;32,-505;8c,-8s;13,-1xd;r,-5w;3y,-5eb;8,-dw;1l,52t;t,-g7;1j,-5gy;' +
  'h,-47;6,-eq;a,-do;m,-fc;i,-di;k,-md;1h,-fl;e,-de;d,-4hr;k,-kn;y,-38;11,-qv;2f,-1r;h,-2y9;5,-4q9;1,-2ee;w,-d;y,' +
  '-vu;2x,-f;2f,-5af;o,f;4,-5b8;17,-5cc;2w,-2t;43,-5ir;34,-69;1v,-ej;13,-5ow;7,-e6;e,-3m;q,bs;k,-ia;m,-h;g,-u;z,-' +
  'k9;g,-ay;y,-gj;18,-d3;1v,-hc;i,-9i;3y,-dh;q,1;1p,-6tc;l,-6tf;2a,-281;1k,-3e;g,-3n;20,-5g;n,-9l;a,-6j;d,3ly;1o,' +
  '-9l;i,-71g;d,-3;c,-52l;3e,-a;3a,-3h;o,-54o;q,-3g;a,37p;9,-25;3n,-26;2t,-2b;25,-75;36,-7ln;1s,-1vx;9,-1c;5,-4fi' +
  ';6,-4df;5o,-4r;g,-47e;g,-40;q,-6uj;2o,-5;5,-59g;2,-i;1,-c;56,-c;f,-84n;70,-2c;h,-24;2,-57;u,-5g;1g,-5q;b,-3w;3' +
  '8,-l;x,-36;2f,9;15,-2p;3,-1t;f,3jr;d,-2m;s,-1i;1s,-c;5,-1j;s,-1z;18,-o;28,-1e;3e,1c2;4,1fj;5,-3c;2g,-4h;s,-5b;' +
  '1,-5ye;5,-2d;4k,-1l;n,bm;2,bu;4,bm;1,bh;8,bq;3,bx;4,bf;5,bj;1,b1;1,bg;6,bd;f,ba;9,b8;9,au;2,ao;c,ar;5,aw;c,aj;' +
  '5,ab;2,a2;9,a6;1,-9cl;f,9c;i,8s;9,9s;4,9r;d,93;4,75;1,bj;o,-4j;8,7s;8,6d;9,8l;5,8e;1,8a;b,5r;1b,-8dg;8,6q;3,6z' +
  ';3,3o;c,-5xe;1,4r;m,37;a,3b;b,3u;1,32;1,-a8;8,5d;9,2z;g,2p;3,41;5,-5l3;64,-m;5,5cd;2,-l;e,-1a;10,-9r4;15,-9rm;' +
  '3o,-84z;8,49p;h,-r;1,-6;2,-7sy;5,-17;6,-8r5;8,-2;3k,-1w;2p,-2d;d,-2h;13,-6u;z,-6v;c,-41;v,-a7o;i,-93e;d,-a9l;1' +
  ',-9lg;1,-a8b;1,-5k3;27,-14;o,-1;7t,-7ba;2t,-9lt;1p,-ap1;t,-9jn;e,-2l3;38,-2r9;21,-9tk;h,-50;30,-8mt;l,-gm;13,-' +
  '6o;g,-o3;8,-hi;y,-mw;4,-lu;y,-af1;i,-f6;m,-8y9;a,-9yg;8,-b14;73,-6g;1o,-ou;28,-av;2x,-agg;2,-asr;36,1rx;d,-3b;' +
  '1,-o;4,1rf;s,-atj;a,-9h6;17,-26;1p,-77;s,1i;4,1h;4,1e;3,1c;k,-bnc;g,f;3,b;3,2;1k,-i;a,bk;6,bd;2,bp;4,be;5,be;4' +
  ',-7un;1,bc;7,bh;b,b9;3,b5;4,av;3,b9;6,b4;1,-5sj;l,ag;5,a7;9,a7;4,ao;4,a7;3,a6;8,a4;1,ab;1,ab;k,-9qn;5,-8fp;1,7' +
  'r;h,9b;2,8q;4,97;6,96;6,9d;2,98;d,90;8,8x;4,8c;7,8j;4,6c;o,-apy;a,74;8,7f;2,7l;8,78;h,47;2,79;s,6n;g,3c;f,32;4' +
  ',5x;j,2q;1,1q;7,-82b;6,-6s;3,3f;a,-b02;9,m;7,ck;52,-c9s;s,-4zm;13,-50o;a,3k;3,3j;1,3l;7,3j;1,3k;2,3o;1,3b;8,3l' +
  ';3,-cav;1,3j;3,3i;1,3c;3,3d;8,3h;c,-9p1;b,35;2,38;3,-bd9;7,1q;2,1m;8,2q;6,2o;2,1d;1,2m;b,2g;2,2c;5,2b;3q,-v;4,' +
  '-10;f,-t;1l,ew;1b,-r;2c,-1m;15,-5m;1p,4c;2,4c;1,-c36;i,40;10,3k;6,38;b,35;1,2u;6,2z;2,30;c,2n;1,1w;5,2q;9,2j;h' +
  ',z;m,h;1z,-c20;7,-f;2,-6;3,-c9i;1u,-b9y;11,-1s;a,-1x;e,-bt5;1,-2f;o,-6qa;1,-3f;3,-3r;6,-46;1,-3c;4,c;5,-24;2,-' +
  '3o;9,-2v;9,-43;5,-52;1,-33;2,-z;7,-55;3,-4s;6,-5t;5,-2c;2u,-1z;k,-d60;13,-39;30,-dcb;f,-cc0;1,-1n;v,-1;i,iz;1j' +
  ',i2;1,ih;e,hi;h,i7;c,hq;10,g5;s,hi;1j,g9;1f,eo;i,bq;8,-a7j;u,b3;d,dm;7,-24u;l,ca;16,c9;x,a3;o,bd;q,8m;p,aj;1j,' +
  '3r;t,3w;s,-d9;1,-da;u,1h;7b,8;9,2w;3,2v;6,2s;2,-arv;7,2o;1,2p;5,2o;p,2c;l,-953;4,22;i,-dih;3r,-1a;d,-1o;3,-17;' +
  '5,-1e;5,-22;d,-2z;4,-2g;d,-2e;d,-p;2,-1t;7,-x;a,-d75;r,-389;3,-d8t;3,-9ei;2,1fn;4,-5rb;1,-11;f,-eap;9,-6o6;25,' +
  '-7o3;k,-3;33,r;1g,-d9u;2,38;1,38;3,38;1,38;2,37;8,38;2,33;1,30;4,34;1,32;l,-cft;e,2e;b,29;6,24;1,28;2,25;9,-av' +
  't;3,1x;3,-5ib;9,n;4,1l;4,-9wx;1l,12;9,-dkx;16,3;k,3i;3,3g;b,38;8,3b;5,-e4v;9,30;5,-ekf;g,2m;d,-ddf;3b,5c;l,4y;' +
  'k,4p;1l,3n;b,3i;18,18;i,1h;3,-bdc;5,1x;37,-537;2,-ewx;q,-e1p;o,-a6g;v,-aku;2,-10u;1f,82;l,7m;1r,6m;8n,8q;e,-et' +
  'r;1h,79;1h,6g;80,-7u5;q,-fve;e,1;g,-1g3;7,-fw4;7,1;r,-945;a,-fbi;2q,6;8,19;f,z;18,c;f,3';

/** Traditional → Simplified pairs "TS", sorted by T. */
export const T2S_PAIRS: string = decodeT2sPairs(ENCODED);
